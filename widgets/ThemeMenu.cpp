#include "ThemeMenu.h"

#include "StatusColours.h"

#include <QActionGroup>
#include <QApplication>
#include <QSettings>
#include <QStyle>

#include <iterator>
#include <utility>

namespace orglens::widgets {

namespace {
const auto ThemeKey = QStringLiteral("ui/theme");

// The names in the settings, by Theme.
const char *const ThemeNames[] = {"system", "light", "dark"};
} // namespace

Theme savedTheme()
{
    const QString saved = QSettings().value(ThemeKey).toString();
    for (int theme = 0; theme < int(std::size(ThemeNames)); ++theme) {
        if (saved == QLatin1String(ThemeNames[theme]))
            return Theme(theme);
    }
    return Theme::System;
}

void applyTheme(Theme theme)
{
    switch (theme) {
    case Theme::System:
        // A palette that sets no role: the platform's and the style's colours again.
        QApplication::setPalette(QPalette());
        return;
    case Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        return;
    }
}

ThemeMenu::ThemeMenu(QWidget *parent) : QMenu(tr("&Theme"), parent)
{
    setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const Theme saved = savedTheme();
    const std::pair<Theme, QString> entries[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, title] : entries) {
        QAction *action = addAction(title);
        action->setObjectName(QStringLiteral("themeAction_") + QLatin1String(ThemeNames[int(theme)]));
        action->setCheckable(true);
        action->setChecked(theme == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, chosen = theme] { choose(chosen); });
    }
}

void ThemeMenu::choose(Theme theme)
{
    QSettings settings;
    if (theme == Theme::System)
        settings.remove(ThemeKey);
    else
        settings.setValue(ThemeKey, QLatin1String(ThemeNames[int(theme)]));
    applyTheme(theme);
}

} // namespace orglens::widgets
