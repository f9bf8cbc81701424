#include "CliRunner.h"
#include "UnsignedTokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orglens::test;

namespace {
const auto Namespaced = QStringLiteral("https://orglens.example/org_id");

QJsonObject basePayload()
{
    return {{QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
            {QStringLiteral("sub"), QStringLiteral("auth0|alice")},
            {QStringLiteral("aud"), QStringLiteral("https://api.example/")},
            {QStringLiteral("scope"), QStringLiteral("openid read:orders")},
            {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch() - 60},
            {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600}};
}

QString deviceToken()
{
    QJsonObject payload = basePayload();
    payload.insert(Namespaced, QStringLiteral("org_acme"));
    return unsignedToken(payload);
}

QString exchangedToken()
{
    QJsonObject payload = basePayload();
    payload.insert(QStringLiteral("org_id"), QStringLiteral("org_acme"));
    payload.insert(QStringLiteral("org_name"), QStringLiteral("acme"));
    payload.insert(QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch());
    return unsignedToken(payload);
}

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return document.object();
}

QStringList paths(const QJsonArray &entries)
{
    QStringList list;
    for (const QJsonValue &entry : entries)
        list << entry[QStringLiteral("path")].toString();
    return list;
}
} // namespace

class TestCliTokens : public QObject {
    Q_OBJECT
private slots:
    void decodeHumanShowsClaimsTimesAndKind()
    {
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("Bearer ") + deviceToken()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Token: Looks like an access token")));
        QVERIFY(run.out.contains(QStringLiteral("expires in 59 min")) ||
                run.out.contains(QStringLiteral("expires in 1 h")));
        QVERIFY(run.out.contains(QStringLiteral("Custom claim 'org_id' under a namespace")));
        QVERIFY(run.out.contains(QStringLiteral("Removed the 'Bearer ' prefix.")));
        QVERIFY(run.err.isEmpty());
    }

    void decodeJsonHasDocumentedKeys()
    {
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--json"), deviceToken()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseObject(run.out);
        for (const char *key : {"header", "payload", "kind", "warnings", "signature"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject signature = json.value(QStringLiteral("signature")).toObject();
        QCOMPARE(signature.keys(), (QStringList{QStringLiteral("alg"), QStringLiteral("checked"), QStringLiteral("kid"),
                                                QStringLiteral("reason"), QStringLiteral("valid")}));
        QCOMPARE(signature.value(QStringLiteral("checked")).toBool(), false);
        QCOMPARE(json[QStringLiteral("payload")][QStringLiteral("sub")].toString(), QStringLiteral("auth0|alice"));
        QCOMPARE(json[QStringLiteral("kind")][QStringLiteral("kind")].toString(), QStringLiteral("access_token"));
    }

    void decodeReadsStandardInput()
    {
        const CliRun run =
            runCli({QStringLiteral("decode"), QStringLiteral("--json")}, deviceToken() + QLatin1Char('\n'));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseObject(run.out)[QStringLiteral("payload")][QStringLiteral("iss")].toString(),
                 QStringLiteral("https://acme.eu.auth0.com/"));
    }

    void decodeBadInputIsUsageErrorWithSpecificMessage()
    {
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("abc.def")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("The token has 2 parts; a JWS has 3")), qPrintable(run.err));
    }

    void diffReadsATokenBrokenOverLinesAndSaysSo()
    {
        const CliRun run =
            runCli({QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("-"), deviceToken()},
                   brokenOverLines(deviceToken()) + QLatin1Char('\n'));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diff = parseObject(run.out); // the same token, once broken over lines
        QVERIFY(diff.value(QStringLiteral("changed")).toArray().isEmpty());
        QVERIFY(!diff.value(QStringLiteral("unchanged")).toArray().isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("Note: token A: Removed line breaks/spaces inside the token.")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("token B")), qPrintable(run.err));
    }

    void decodeSaysPlainlyWhatIsNoToken()
    {
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("-")}, QStringLiteral("notatoken%$#123"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("This is not a token: it contains '%', a character no token has")),
                 qPrintable(run.err));
        const CliRun jwe = runCli({QStringLiteral("decode"), QStringLiteral("-")}, encryptedToken());
        QCOMPARE(jwe.exitCode, 2);
        QVERIFY2(jwe.err.contains(QStringLiteral("Protected header: alg RSA-OAEP-256, enc A256GCM, kid api-key-1")),
                 qPrintable(jwe.err));
    }

    void batchReportsErrorsPerLineAndGoesOn()
    {
        const QString input =
            deviceToken() + QStringLiteral("\nnot-a-token\n\n") + exchangedToken() + QLatin1Char('\n');
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--batch")}, input);
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(parseObject(lines[0])[QStringLiteral("line")].toInt(), 1);
        QVERIFY(parseObject(lines[0]).contains(QStringLiteral("payload")));
        const QJsonObject error = parseObject(lines[1]);
        QCOMPARE(error[QStringLiteral("line")].toInt(), 2);
        QCOMPARE(error[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("opaque"));
        QCOMPARE(parseObject(lines[2])[QStringLiteral("line")].toInt(), 4);
        QVERIFY(parseObject(lines[2])[QStringLiteral("payload")][QStringLiteral("org_id")].isString());
    }

    void batchRefusesTokenArgument()
    {
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--batch"), deviceToken()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--batch reads tokens from standard input")));
    }

    void diffJsonShowsExchangeAddingOrgId()
    {
        const CliRun run = runCli({QStringLiteral("diff"), QStringLiteral("--json"), deviceToken(), exchangedToken()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseObject(run.out);
        QCOMPARE(paths(json[QStringLiteral("added")].toArray()),
                 (QStringList{QStringLiteral("/payload/org_id"), QStringLiteral("/payload/org_name")}));
        QCOMPARE(paths(json[QStringLiteral("removed")].toArray()),
                 QStringList{QStringLiteral("/payload/https:~1~1orglens.example~1org_id")});
        QCOMPARE(paths(json[QStringLiteral("changed")].toArray()), QStringList{QStringLiteral("/payload/iat")});
        const QJsonObject iat = json[QStringLiteral("changed")].toArray().first().toObject();
        QCOMPARE(iat[QStringLiteral("volatile")].toBool(), true);
        QVERIFY(paths(json[QStringLiteral("unchanged")].toArray()).contains(QStringLiteral("/header/alg")));
    }

    void diffHumanMarksChanges()
    {
        const CliRun run = runCli({QStringLiteral("diff"), deviceToken(), exchangedToken()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("2 added, 1 removed, 1 changed,")));
        QVERIFY(run.out.contains(QStringLiteral("+ /payload/org_id")));
        QVERIFY(run.out.contains(QStringLiteral("- /payload/https:~1~1orglens.example~1org_id")));
        QVERIFY(run.out.contains(QStringLiteral("~ /payload/iat (volatile)")));
        QVERIFY(!run.out.contains(QStringLiteral("= /payload/sub")));
        QVERIFY(runCli({QStringLiteral("diff"), QStringLiteral("--all"), deviceToken(), exchangedToken()})
                    .out.contains(QStringLiteral("= /payload/sub")));
    }

    void diffUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("one token") << QStringList{QStringLiteral("diff"), deviceToken()} << "expected two tokens";
        QTest::newRow("both stdin") << QStringList{QStringLiteral("diff"), QStringLiteral("-"), QStringLiteral("-")}
                                    << "only one of A and B";
        QTest::newRow("bad B") << QStringList{QStringLiteral("diff"), deviceToken(), QStringLiteral("x.y.z.w")}
                               << "token B: The token has 4 parts";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("diff"), QStringLiteral("--frobnicate")}
                                        << "Unknown option 'frobnicate'";
    }
    void diffUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void topLevelHelpVersionAndUnknownCommand()
    {
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("Exit codes: 0 success")));
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("orglens-cli ")));
        QVERIFY(version.out.contains(QStringLiteral("OpenSSL")));
        const CliRun unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QCOMPARE(runCli({}).exitCode, 2);
        const CliRun help = runCli({QStringLiteral("decode"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("Usage: orglens-cli decode")));
    }

    void realProcessRunsWithoutDisplay()
    {
        const CliRun run = runCliProcess({QStringLiteral("decode"), QStringLiteral("--json"), QStringLiteral("-")},
                                         deviceToken().toUtf8());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseObject(run.out)[QStringLiteral("payload")][QStringLiteral("sub")].toString(),
                 QStringLiteral("auth0|alice"));
        const CliRun bad = runCliProcess({QStringLiteral("decode"), QStringLiteral("-")}, "a.b.c.d.e");
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("JWE")));
    }

    // A token (or a server) can carry terminal escape sequences and bidi overrides in its text: the real process
    // escapes them in human and JSON output, and the JSON still reads back as the same string.
    void terminalEscapesInTokensAreMadeVisible()
    {
        const QString hostile =
            QStringLiteral("Acme\x1b]0;pwned\x07\x1b[2J") + QChar(0x202e) + QStringLiteral("gnp.exe");
        const QString token = unsignedToken(QJsonObject{{QStringLiteral("sub"), QStringLiteral("auth0|alice")},
                                                        {QStringLiteral("https://acme.example/org_name"), hostile}});
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("decode"), QStringLiteral("-")},
              QStringList{QStringLiteral("decode"), QStringLiteral("--json"), QStringLiteral("-")}}) {
            const CliRun run = runCliProcess(arguments, token.toUtf8());
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x202e)) &&
                         !run.out.contains(QChar(0x07)),
                     qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(run.out.contains(QStringLiteral("\\u202e")), qPrintable(run.out));
            if (arguments.contains(QStringLiteral("--json")))
                QCOMPARE(
                    parseObject(run.out)[QStringLiteral("payload")][QStringLiteral("https://acme.example/org_name")]
                        .toString(),
                    hostile);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTokens)
#include "TestCliTokens.moc"
