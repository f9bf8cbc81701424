#include "NodeRunner.h"
#include "explain/ActionTemplates.h"

#include <QTest>

using namespace orglens;
using namespace orglens::explain;
using orglens::test::nodeBinary;
using orglens::test::runAction;
using orglens::test::runNode;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ActionSettings demoSettings()
{
    return {s("https://orglens.example"), QUrl(s("https://tenant.example.com")), s("https://api.orglens.example/"),
            s("urn:orglens:device-access-token")};
}

const QList<ActionKind> Both{ActionKind::PostLogin, ActionKind::TokenExchange};

} // namespace

class TestActionTemplates : public QObject {
    Q_OBJECT

private slots:
    void normalizesNamespace_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("adds slash") << s("https://orglens.example") << s("https://orglens.example/");
        QTest::newRow("keeps slash") << s("https://orglens.example/") << s("https://orglens.example/");
        QTest::newRow("path") << s(" https://Example.COM/claims ") << s("https://example.com/claims/");
    }
    void normalizesNamespace()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = normalizeClaimNamespace(input);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }

    void refusesBadNamespace_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << s("  ") << s("namespace-missing");
        QTest::newRow("http") << s("http://orglens.example/") << s("namespace-not-https");
        QTest::newRow("no scheme") << s("orglens.example") << s("namespace-not-https");
        QTest::newRow("ftp") << s("ftp://orglens.example/") << s("namespace-not-https");
        QTest::newRow("query") << s("https://orglens.example/?x=1") << s("namespace-not-plain");
        QTest::newRow("auth0.com") << s("https://auth0.com/") << s("namespace-forbidden");
        QTest::newRow("tenant domain") << s("https://acme.eu.auth0.com/") << s("namespace-forbidden");
        QTest::newRow("webtask") << s("https://x.webtask.run/") << s("namespace-forbidden");
    }
    void refusesBadNamespace()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const auto result = normalizeClaimNamespace(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(s("https://")), qPrintable(result.error().message)); // says how
    }

    void exchangeNeedsIssuerAndAudience()
    {
        ActionSettings settings = demoSettings();
        settings.issuer = QUrl();
        auto result = generateActions(settings, Both);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, s("issuer-missing"));
        // The Post-Login Action alone needs neither.
        QVERIFY(generateActions(settings, {ActionKind::PostLogin}).ok());

        settings = demoSettings();
        settings.audience = s(" ");
        result = generateActions(settings, Both);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, s("audience-missing"));

        settings = demoSettings();
        settings.issuer = QUrl(s("http://tenant.example.com/"));
        result = generateActions(settings, Both);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(s("http://")));
    }

    void fillsInTheSettings()
    {
        const auto actions = generateActions(demoSettings(), Both);
        QVERIFY(actions.ok());
        QCOMPARE(actions->size(), 2);
        const GeneratedAction &postLogin = actions->at(0);
        const GeneratedAction &exchange = actions->at(1);
        QCOMPARE(postLogin.fileName, s("post-login.js"));
        QVERIFY(postLogin.code.contains(s("const NAMESPACE = \"https://orglens.example/\";")));
        QVERIFY(postLogin.code.contains(s("exports.onExecutePostLogin")));
        QVERIFY(postLogin.code.contains(s("oauth2-refresh-token")));
        QVERIFY(!postLogin.code.contains(s("{{")));

        QCOMPARE(exchange.fileName, s("token-exchange.js"));
        for (const char *expected :
             {"const NAMESPACE = \"https://orglens.example/\";", "const ISSUER = \"https://tenant.example.com/\";",
              "const AUDIENCE = \"https://api.orglens.example/\";", "'.well-known/jwks.json'", "algorithms: ['RS256']",
              "createRemoteJWKSet", "jwtVerify", "api.authentication.setUserById(payload.sub)",
              "api.authentication.setOrganization(orgId)", "api.access.rejectInvalidSubjectToken",
              "exports.onExecuteCustomTokenExchange", "urn:orglens:device-access-token"})
            QVERIFY2(exchange.code.contains(s(expected)), expected);
        QVERIFY(!exchange.code.contains(s("{{")));
    }

    // Values are JavaScript string literals: quotes and backslashes cannot end them early.
    void escapesValues()
    {
        ActionSettings settings = demoSettings();
        settings.audience = s("https://api.example/\"; process.exit(1); //\\");
        settings.subjectTokenType = s("urn:x */ process.exit(1); /*\nmore");
        const auto actions = generateActions(settings, Both);
        QVERIFY(actions.ok());
        const QString code = actions->at(1).code;
        QVERIFY(code.contains(s("const AUDIENCE = \"https://api.example/\\\"; process.exit(1); //\\\\\";")));
        QVERIFY(!code.contains(s("*/ process.exit")));
        if (nodeBinary().isEmpty())
            QSKIP("node is not installed: the syntax check needs it");
        QTemporaryDir dir;
        QFile file(dir.filePath(s("token-exchange.js")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(code.toUtf8());
        file.close();
        const auto run = runNode({s("--check"), file.fileName()});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    }

    void generatedCodeIsValidJavaScript()
    {
        if (nodeBinary().isEmpty())
            QSKIP("node is not installed: the syntax check needs it");
        const auto actions = generateActions(demoSettings(), Both);
        QVERIFY(actions.ok());
        QTemporaryDir dir;
        for (const GeneratedAction &action : actions.value()) {
            QFile file(dir.filePath(action.fileName));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(action.code.toUtf8());
            file.close();
            const auto run = runNode({s("--check"), file.fileName()});
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(action.fileName + s(": ") + run.err));
        }
    }

    // The Post-Login Action run by Node with a recording api object, for the cases that matter.
    void postLoginAddsTheClaim_data()
    {
        QTest::addColumn<QJsonObject>("event");
        QTest::addColumn<QString>("expected"); // the claim value set on both tokens, or empty for none
        const auto user = [](const QJsonObject &appMetadata) {
            return QJsonObject{{s("user_id"), s("auth0|alice")}, {s("app_metadata"), appMetadata}};
        };
        const QJsonObject withDefault{{s("default_org_id"), s("org_acme")}};
        for (const char *protocol :
             {"oauth2-device-code", "oauth2-refresh-token", "oauth2-token-exchange", "oidc-basic-profile"}) {
            QTest::addRow("default org, %s", protocol)
                << QJsonObject{{s("user"), user(withDefault)},
                               {s("transaction"), QJsonObject{{s("protocol"), s(protocol)}}}}
                << s("org_acme");
        }
        QTest::newRow("no default org") << QJsonObject{{s("user"), user({{s("plan"), s("free")}})},
                                                       {s("transaction"),
                                                        QJsonObject{{s("protocol"), s("oauth2-device-code")}}}}
                                        << QString();
        QTest::newRow("no app_metadata") << QJsonObject{{s("user"), QJsonObject{{s("user_id"), s("auth0|dave")}}},
                                                        {s("transaction"),
                                                         QJsonObject{{s("protocol"), s("oauth2-refresh-token")}}}}
                                         << QString();
        QTest::newRow("organization login wins")
            << QJsonObject{{s("user"), user(withDefault)},
                           {s("organization"), QJsonObject{{s("id"), s("org_globex")}, {s("name"), s("globex")}}},
                           {s("transaction"), QJsonObject{{s("protocol"), s("oidc-basic-profile")}}}}
            << s("org_globex");
    }
    void postLoginAddsTheClaim()
    {
        QFETCH(QJsonObject, event);
        QFETCH(QString, expected);
        if (nodeBinary().isEmpty())
            QSKIP("node is not installed: running the Action needs it");
        const auto actions = generateActions(demoSettings(), {ActionKind::PostLogin});
        QVERIFY(actions.ok());
        QString error;
        const QJsonArray calls = runAction(actions->at(0).code, "onExecutePostLogin", event, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (expected.isEmpty()) {
            QCOMPARE(calls.size(), 0);
            return;
        }
        const QJsonArray access{s("accessToken.setCustomClaim"), s("https://orglens.example/org_id"), expected};
        const QJsonArray id{s("idToken.setCustomClaim"), s("https://orglens.example/org_id"), expected};
        QCOMPARE(calls, (QJsonArray{access, id}));
    }
};

QTEST_GUILESS_MAIN(TestActionTemplates)
#include "TestActionTemplates.moc"
