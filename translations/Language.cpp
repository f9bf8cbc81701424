#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace orglens::i18n {

namespace {

const auto EnvironmentVariable = QStringLiteral("ORGLENS_LANGUAGE");
const auto LanguageOption = QStringLiteral("--language");

// The translators live as long as the application: QCoreApplication keeps only pointers.
QTranslator *newTranslator()
{
    return new QTranslator(QCoreApplication::instance());
}

} // namespace

QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QStringList translatedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeLanguageName(const QString &language)
{
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    // Qt gives the name in lower case for some languages ("français"); a menu entry starts with a capital.
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString chooseLanguage(const QString &override, const QProcessEnvironment &environment)
{
    if (!override.isEmpty())
        return override;
    if (const QString fromEnvironment = environment.value(EnvironmentVariable); !fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(languageSettingKey()).toString();
}

QString languageFromArguments(const QStringList &arguments)
{
    const QString prefix = LanguageOption + QLatin1Char('=');
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == LanguageOption && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(prefix))
            return arguments.at(i).mid(prefix.size());
    }
    return {};
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    // The English plural forms ("1 row", "2 rows") underneath every language: a translator installed later is
    // asked first, so this one answers only what the chosen language does not.
    auto *english = newTranslator();
    if (english->load(QStringLiteral("orglens_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    auto *own = newTranslator();
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages ("de-CH", "de", ...) in turn.
    if (!own->load(locale, QStringLiteral("orglens"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->language().startsWith(QLatin1String("en"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    auto *qt = newTranslator();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace orglens::i18n
