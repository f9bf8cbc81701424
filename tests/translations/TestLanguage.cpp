#include "Language.h"

#include "common/BuildInfo.h"
#include "oauth/SessionHistory.h"
#include "oauth/SessionHistoryModel.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace orglens;

// The language choice (argument, environment, setting), the translations embedded under :/i18n, and orglens-cli
// run as a real process in each language.
class TestLanguage : public QObject {
    Q_OBJECT

private:
    static QString runCli(const QStringList &arguments, const QString &language, int *exitCode = nullptr)
    {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ORGLENS_LANGUAGE"), language);
        cli.setProcessEnvironment(environment);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(ORGLENS_CLI_BINARY), arguments);
        cli.closeWriteChannel();
        if (!cli.waitForFinished(10000))
            return QStringLiteral("<timeout>");
        if (exitCode)
            *exitCode = cli.exitCode();
        return QString::fromUtf8(cli.readAll());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void languageFromArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("separate value") << QStringList{QStringLiteral("orglens"), QStringLiteral("--language"),
                                                       QStringLiteral("de")}
                                        << QStringLiteral("de");
        QTest::newRow("with =") << QStringList{QStringLiteral("orglens"), QStringLiteral("--demo"),
                                               QStringLiteral("--language=fr")}
                                << QStringLiteral("fr");
        QTest::newRow("absent") << QStringList{QStringLiteral("orglens"), QStringLiteral("token")} << QString();
        QTest::newRow("no value") << QStringList{QStringLiteral("orglens"), QStringLiteral("--language")} << QString();
    }

    void languageFromArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(i18n::languageFromArguments(arguments), expected);
    }

    void chooseLanguagePrecedence()
    {
        QSettings().setValue(i18n::languageSettingKey(), QStringLiteral("fr"));
        QProcessEnvironment environment;
        QCOMPARE(i18n::chooseLanguage({}, environment), QStringLiteral("fr")); // the saved setting
        environment.insert(QStringLiteral("ORGLENS_LANGUAGE"), QStringLiteral("de"));
        QCOMPARE(i18n::chooseLanguage({}, environment), QStringLiteral("de")); // the environment beats the setting
        QCOMPARE(i18n::chooseLanguage(QStringLiteral("en"), environment),
                 QStringLiteral("en")); // the option beats both
        QSettings().remove(i18n::languageSettingKey());
        QCOMPARE(i18n::chooseLanguage({}, QProcessEnvironment()), QString()); // the system locale
    }

    void nativeNames()
    {
        QCOMPARE(i18n::translatedLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(i18n::nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(i18n::nativeLanguageName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    void englishHasItsPluralForms()
    {
        QCOMPARE(i18n::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("orglens::widgets::MainWindow", "Compare"), QStringLiteral("Compare"));
        // One row, two rows: no "row(s)".
        const auto exported = [](int count) {
            return QCoreApplication::translate("orglens::widgets::BulkView", "Exported %n row(s) to %1.", nullptr,
                                               count)
                .arg(QStringLiteral("plan.csv"));
        };
        QCOMPARE(exported(1), QStringLiteral("Exported 1 row to plan.csv."));
        QCOMPARE(exported(2), QStringLiteral("Exported 2 rows to plan.csv."));
        QCOMPARE(exported(0), QStringLiteral("Exported 0 rows to plan.csv."));
        QCOMPARE(QCoreApplication::translate("orglens::widgets::MainWindow", "%n request(s) in flight", nullptr, 1),
                 QStringLiteral("1 request in flight"));
    }

    // Runs last in the process: an installed translator stays installed.
    void germanTranslationsAreEmbedded()
    {
        QCOMPARE(i18n::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("orglens::widgets::MainWindow", "Compare"), QStringLiteral("Vergleichen"));
        // German answers before the English plural forms underneath.
        QCOMPARE(QCoreApplication::translate("orglens::widgets::ClaimChainView", "%n step(s): %1.", nullptr, 1),
                 QStringLiteral("1 Schritt: %1."));
        // Classes without Q_OBJECT declare their context (Q_DECLARE_TR_FUNCTIONS) and their files' free functions
        // use it, so lupdate files every string under the context the code looks it up in: a command's option
        // descriptions and helpers, a member of another struct in the file (AuditEntry::fromJson), the free
        // functions of core (the token decoder, the explain rules).
        QCOMPARE(QCoreApplication::translate("orglens::cli::DecodeCommand",
                                             "Print one JSON object (documented in the README)."),
                 QStringLiteral("Ein JSON-Objekt ausgeben (im README beschrieben)."));
        QCOMPARE(QCoreApplication::translate("orglens::cli::DecodeCommand",
                                             "not checked: pass --verify with --issuer URL or --jwks FILE"),
                 QStringLiteral("nicht geprüft: --verify mit --issuer URL oder --jwks DATEI angeben"));
        QCOMPARE(
            QCoreApplication::translate("orglens::widgets::TokenInspectorView", "Header (%n characters)", nullptr, 1),
            QStringLiteral("Header (1 Zeichen)"));
        QCOMPARE(QCoreApplication::translate("orglens::management::AuditLog", "an entry without id, user_id or time"),
                 QStringLiteral("ein Eintrag ohne id, user_id oder time"));
        QCOMPARE(QCoreApplication::translate("orglens::jwt::TokenDecoder", "No token given: the input is empty."),
                 QStringLiteral("Kein Token angegeben: Die Eingabe ist leer."));
        QCOMPARE(QCoreApplication::translate("orglens::explain::Rules", "%1 belongs to no organization"),
                 QStringLiteral("%1 gehört keiner Organisation an"));
        // A model's header texts, which only the lookup in other classes' contexts used to find ("Time") or which
        // were never extracted at all ("Kind").
        oauth::SessionHistory history;
        const oauth::SessionHistoryModel sessions(&history);
        QCOMPARE(sessions.headerData(oauth::SessionHistoryModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Zeit"));
        QCOMPARE(sessions.headerData(oauth::SessionHistoryModel::KindColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Art"));
        // There is no lookup in other contexts: a context that does not use a string does not translate it.
        QCOMPARE(QCoreApplication::translate("orglens::jwt::TimeText", "No token given: the input is empty."),
                 QStringLiteral("No token given: the input is empty."));
        // Qt's own strings are left to Qt's translator.
        QCOMPARE(QCoreApplication::translate("QLineEdit", "Compare"), QStringLiteral("Compare"));
    }

    void cliSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("commands");
        QTest::addColumn<QString>("badToken");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Commands:")
                            << QStringLiteral("The token has 2 parts");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Befehle:")
                            << QStringLiteral("Das Token hat 2 Teile");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Commandes :")
                            << QStringLiteral("Le jeton a 2 parties");
    }

    void cliSpeaksTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, commands);
        QFETCH(QString, badToken);
        QVERIFY2(runCli({QStringLiteral("--help")}, language).contains(commands),
                 qPrintable(runCli({QStringLiteral("--help")}, language)));
        int exitCode = -1;
        const QString decoded = runCli({QStringLiteral("decode"), QStringLiteral("abc.def")}, language, &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(decoded.contains(badToken), qPrintable(decoded));
    }

    void cliVersionNamesTheLibraries()
    {
        const QString version = runCli({QStringLiteral("--version")}, QStringLiteral("en"));
        QVERIFY2(version.startsWith(QStringLiteral("orglens-cli ") + applicationVersion() + QStringLiteral(" (") +
                                    gitRevision() + QStringLiteral(")")),
                 qPrintable(version));
        for (const QString &part : {QStringLiteral("Qt ") + qtVersion(), openSslVersion(),
                                    QStringLiteral("QtKeychain ") + qtKeychainVersion()})
            QVERIFY2(version.contains(part), qPrintable(version + QStringLiteral(" lacks ") + part));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "TestLanguage.moc"
