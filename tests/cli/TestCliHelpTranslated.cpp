// Every orglens-cli command's --help in German and French, run as a real process: no option description stays English.
#include "CliRunner.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace orglens::test;

namespace {

QString helpText(const QString &command, const QString &language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ORGLENS_LANGUAGE"), language);
    const CliRun run = runCliProcess({command, QStringLiteral("--help")}, {}, environment);
    if (run.exitCode != orglens::cli::ExitSuccess)
        qWarning("orglens-cli %s --help exited with %d: %s", qPrintable(command), run.exitCode, qPrintable(run.err));
    return run.out;
}

// The option descriptions of a QCommandLineParser help text, keyed by the option's names ("-h, --help",
// "--out <DIR>"), which are the same in every language. A description wrapped onto further lines is joined.
QMap<QString, QString> optionDescriptions(const QString &help)
{
    static const QRegularExpression entry(QStringLiteral("^  (-[^ ,]+(?:, -[^ ,]+)*(?: <[^>]+>)?)  +(\\S.*)$"));
    static const QRegularExpression continuation(QStringLiteral("^   +(\\S.*)$"));
    QMap<QString, QString> descriptions;
    QString current;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (const auto match = entry.match(line); match.hasMatch()) {
            current = match.captured(1);
            descriptions.insert(current, match.captured(2));
        } else if (const auto more = continuation.match(line); more.hasMatch() && !current.isEmpty()) {
            descriptions[current] += QLatin1Char(' ') + more.captured(1);
        } else {
            current.clear();
        }
    }
    return descriptions;
}

} // namespace

class TestCliHelpTranslated : public QObject {
    Q_OBJECT

private slots:
    void everyOptionIsTranslated_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("language");
        // The list comes from the registry orglens-cli dispatches from, so a new command is checked too.
        for (const auto &command : orglens::cli::allCommands()) {
            for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")})
                QTest::addRow("%s %s", qPrintable(command->name()), qPrintable(language))
                    << command->name() << language;
        }
    }

    void everyOptionIsTranslated()
    {
        QFETCH(QString, command);
        QFETCH(QString, language);
        const QMap<QString, QString> english = optionDescriptions(helpText(command, QStringLiteral("en")));
        const QMap<QString, QString> translated = optionDescriptions(helpText(command, language));
        QVERIFY2(english.contains(QStringLiteral("-h, --help")), qPrintable(english.keys().join(QLatin1Char('|'))));
        QCOMPARE(translated.keys(), english.keys());
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (translated.value(it.key()) == it.value())
                untranslated << it.key() + QStringLiteral("  ") + it.value();
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("untranslated in %1 %2 --help:\n").arg(language, command) +
                            untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliHelpTranslated)
#include "TestCliHelpTranslated.moc"
