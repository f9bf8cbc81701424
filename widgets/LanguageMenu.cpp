#include "LanguageMenu.h"

#include "Language.h"

#include <QActionGroup>
#include <QSettings>

namespace orglens::widgets {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const QString saved = QSettings().value(i18n::languageSettingKey()).toString();

    // The empty language means "follow the system"; English is the language of the sources.
    QList<QPair<QString, QString>> entries{{QString(), tr("System Default")},
                                           {QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString &language : i18n::translatedLanguages())
        entries.append({language, i18n::nativeLanguageName(language)});

    for (const auto &[language, title] : entries) {
        QAction *action = addAction(title);
        action->setObjectName(QStringLiteral("languageAction_") +
                              (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        action->setData(language);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language] { choose(code); });
    }
}

void LanguageMenu::choose(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(i18n::languageSettingKey());
    else
        settings.setValue(i18n::languageSettingKey(), language);
    emit languageChanged(tr("The language changes when OrgLens is started again."));
}

} // namespace orglens::widgets
