#pragma once

#include <QMenu>

class QActionGroup;

namespace orglens::widgets {

// View > Language: "System default" or one of the translated languages. The choice is saved in the settings
// and takes effect at the next start (every view builds its texts once).
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // The user picked a language; `message` tells when it takes effect.
    void languageChanged(const QString &message);

private:
    void choose(const QString &language);

    QActionGroup *m_group = nullptr;
};

} // namespace orglens::widgets
