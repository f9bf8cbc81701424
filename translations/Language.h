#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace orglens::i18n {

// The QSettings key of the language chosen in the GUI; empty or absent means "follow the system".
QString languageSettingKey();
// The languages OrgLens is translated into, besides English (the source language): {"de", "fr"}.
QStringList translatedLanguages();
// The language's own name for itself ("Deutsch"), for a language menu.
QString nativeLanguageName(const QString &language);

// The language to use, first non-empty of: `override` (e.g. --language), $ORGLENS_LANGUAGE, the saved setting.
// Empty means "follow the system locale".
QString chooseLanguage(const QString &override, const QProcessEnvironment &environment);
// The value of "--language X" or "--language=X" in `arguments`, read before the full command-line parser runs
// so that its help texts are already translated.
QString languageFromArguments(const QStringList &arguments);

// Installs the translators for `language` (or the system's UI languages when empty) into the application:
// OrgLens's own strings and Qt's (standard buttons and dialogs), over the English plural forms, which every
// language gets. Returns the language loaded, "en" when the strings stay in English.
QString installTranslations(const QString &language);

} // namespace orglens::i18n
