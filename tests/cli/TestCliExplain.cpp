// orglens-cli explain without a tenant: the token alone (stdin or argument), --flow, --json, and usage errors.
#include "CliRunner.h"
#include "UnsignedTokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orglens::test;

namespace {

QString userToken(const QJsonObject &extra = {})
{
    QJsonObject payload{{QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
                        {QStringLiteral("sub"), QStringLiteral("auth0|alice")},
                        {QStringLiteral("aud"), QStringLiteral("https://api.example/")},
                        {QStringLiteral("azp"), QStringLiteral("native")},
                        {QStringLiteral("scope"), QStringLiteral("openid read:orders")},
                        {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch() - 60},
                        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), *it);
    return unsignedToken(payload);
}

QStringList ids(const QJsonObject &json)
{
    QStringList list;
    for (const QJsonValue &finding : json.value(QStringLiteral("findings")).toArray())
        list << finding.toObject().value(QStringLiteral("id")).toString() + QLatin1Char('=') +
                    finding.toObject().value(QStringLiteral("confidence")).toString();
    return list;
}

} // namespace

class TestCliExplain : public QObject {
    Q_OBJECT

private slots:
    void tokenAloneFromStdin()
    {
        const CliRun run = runCli({QStringLiteral("explain"), QStringLiteral("--json")}, userToken() + u'\n');
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("has_org_id")), QJsonValue(false));
        QCOMPARE(ids(json), QStringList({QStringLiteral("device-flow=possible"),
                                         QStringLiteral("no-organization-parameter=possible")}));
    }

    void declaredFlowAndNamespaceSharpenIt()
    {
        const QString token = userToken({{QStringLiteral("https://acme.example/org_id"), QStringLiteral("org_acme")}});
        const CliRun run =
            runCli({QStringLiteral("explain"), token, QStringLiteral("--flow"), QStringLiteral("device"),
                    QStringLiteral("--namespace"), QStringLiteral("https://acme.example/"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QStringList found = ids(QJsonDocument::fromJson(run.out.toUtf8()).object());
        QCOMPARE(found.mid(0, 2),
                 QStringList({QStringLiteral("device-flow=certain"), QStringLiteral("not-exchanged=certain")}));

        const CliRun human =
            runCli({QStringLiteral("explain"), token, QStringLiteral("--flow"), QStringLiteral("device"),
                    QStringLiteral("--namespace"), QStringLiteral("https://acme.example/")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains(QStringLiteral("orglens-cli exchange --subject-token - --organization org_acme")),
                 qPrintable(human.out));
        QVERIFY2(human.out.contains(QStringLiteral("   + token: https://acme.example/org_id is \"org_acme\"")),
                 qPrintable(human.out));
    }

    void orgIdPresent()
    {
        const CliRun run = runCli({QStringLiteral("explain"), QStringLiteral("-"), QStringLiteral("--json")},
                                  userToken({{QStringLiteral("org_id"), QStringLiteral("org_acme")}}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("has_org_id")), QJsonValue(true));
        QCOMPARE(ids(json).first(), QStringLiteral("has-org-id=certain"));
    }

    void opaqueTokenIsAFindingNotAnError()
    {
        const CliRun run =
            runCli({QStringLiteral("explain"), QStringLiteral("--json")}, QStringLiteral("b3BhcXVlLWFjY2Vzcy10b2tlbg"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(ids(QJsonDocument::fromJson(run.out.toUtf8()).object()),
                 QStringList{QStringLiteral("opaque-token=certain")});
    }

    void aTokenBrokenOverLinesIsExplainedWithANote()
    {
        const QString token = userToken({{QStringLiteral("org_id"), QStringLiteral("org_acme")}});
        const CliRun run = runCli({QStringLiteral("explain"), QStringLiteral("--json")},
                                  brokenOverLines(token, QStringLiteral("\n  ")) + u'\n');
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("has_org_id")),
                 QJsonValue(true));
        QVERIFY2(run.err.contains(QStringLiteral("Note: token: Removed line breaks/spaces inside the token.")),
                 qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("no token") << QStringList{QStringLiteral("explain")} << QString() << QStringLiteral("no token");
        QTest::newRow("unknown flow") << QStringList{QStringLiteral("explain"), QStringLiteral("--flow"),
                                                     QStringLiteral("implicit")}
                                      << userToken() << QStringLiteral("unknown flow 'implicit'");
        QTest::newRow("bad token") << QStringList{QStringLiteral("explain")} << QStringLiteral("abc.%%%.def")
                                   << QStringLiteral("token: ");
        QTest::newRow("words") << QStringList{QStringLiteral("explain")} << QStringLiteral("hello world")
                               << QStringLiteral("token: This is not a token: it has spaces or line breaks");
        QTest::newRow("characters no token has")
            << QStringList{QStringLiteral("explain")} << QStringLiteral("notatoken%$#123")
            << QStringLiteral("token: This is not a token: it contains '%'");
        QTest::newRow("check-user without tenant")
            << QStringList{QStringLiteral("explain"), QStringLiteral("--check-user")} << userToken()
            << QStringLiteral("no tenant given");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "TestCliExplain.moc"
