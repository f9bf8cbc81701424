#include "Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace orglens::i18n {

namespace {

const auto EnvironmentVariable = QStringLiteral("ORGLENS_LANGUAGE");
const auto LanguageOption = QStringLiteral("--language");

// The contexts lupdate filed strings under, generated from the .ts files by CMake.
const QList<QByteArray> &fileContexts()
{
    static const QList<QByteArray> contexts = [] {
        QFile file(QStringLiteral(":/i18n/contexts.txt"));
        return file.open(QIODevice::ReadOnly) ? file.readAll().split('\n') : QList<QByteArray>();
    }();
    return contexts;
}

// lupdate files a string under the innermost named scope of the call, which is not always the context a file-local
// tr() helper asks for at run time: a helper in an anonymous namespace inside orglens::cli is filed under
// "orglens::cli" although it asks for "orglens::cli::DecodeCommand", and a call inside a member function of a
// plain struct is filed under the struct. So OrgLens's lookups that miss retry the enclosing scopes, then every
// context of the translation file (an identical source text has the same translation wherever it is used).
class ScopeFallbackTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QByteArray scope(context);
        for (;;) {
            QString translation = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
            if (!translation.isEmpty())
                return translation;
            const qsizetype cut = scope.lastIndexOf("::");
            if (cut < 0)
                break;
            scope.truncate(cut);
        }
        if (!QByteArray(context).startsWith("orglens"))
            return {}; // Qt's own strings are for Qt's translator
        for (const QByteArray &fileContext : fileContexts()) {
            QString translation = QTranslator::translate(fileContext.constData(), sourceText, disambiguation, n);
            if (!translation.isEmpty())
                return translation;
        }
        return {};
    }
};

// The translators live as long as the application: QCoreApplication keeps only pointers.
QTranslator *newTranslator()
{
    return new ScopeFallbackTranslator(QCoreApplication::instance());
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

    auto *own = newTranslator();
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages ("de-CH", "de", ...) in turn.
    if (!own->load(locale, QStringLiteral("orglens"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
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
