#pragma once

#include <QMenu>

namespace orglens::widgets {

// The colours of the application: the system's palette, or OrgLens's light or dark one.
enum class Theme { System, Light, Dark };

// The theme saved in the settings (System when none is).
Theme savedTheme();
// Applies `theme` to the whole application at once (every view tints from the palette).
void applyTheme(Theme theme);

// View > Theme: System, Light, Dark. A choice applies at once and is saved in the settings (ui/theme).
class ThemeMenu : public QMenu {
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);

private:
    void choose(Theme theme);
};

} // namespace orglens::widgets
