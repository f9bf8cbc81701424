// The demo tenant's Actions Management API over real HTTP: Actions with drafts and deployed versions, roll back,
// trigger bindings (PATCH replaces the whole list; only deployed Actions bind), delete with force, Auth0's scopes
// and error bodies.
#include "ActionRunner.h"
#include "ManagementTestTenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orglens;
using orglens::test::HttpReply;
using Tenant = orglens::test::ManagementTestTenant;
using orglens::test::actionBody;
using orglens::test::compactJson;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject postLoginAction(const QString &name, const QString &code)
{
    return actionBody(name, s("post-login"), code);
}

QByteArray bindingsBody(const QList<std::pair<QString, QString>> &refs)
{
    QJsonArray bindings;
    for (const auto &[type, value] : refs)
        bindings.append(QJsonObject{{s("ref"), QJsonObject{{s("type"), type}, {s("value"), value}}}});
    return compactJson({{s("bindings"), bindings}});
}

QStringList boundNames(const QJsonObject &answer)
{
    QStringList names;
    for (const QJsonValue &binding : answer.value(s("bindings")).toArray())
        names.append(binding.toObject().value(s("action")).toObject().value(s("name")).toString());
    return names;
}

} // namespace

class TestActionsApi : public QObject {
    Q_OBJECT

    std::unique_ptr<Tenant> m_tenant;
    QByteArray m_token;

    QString create(const QString &name, const QString &code)
    {
        const HttpReply reply = m_tenant->post(s("actions/actions"), m_token, compactJson(postLoginAction(name, code)));
        if (reply.status != 201)
            qFatal("create failed: %d %s", reply.status, reply.body.constData());
        return reply.json().object().value(s("id")).toString();
    }

private slots:
    void init()
    {
        m_tenant = std::make_unique<Tenant>();
        m_token = m_tenant->token();
    }
    void cleanup() { m_tenant.reset(); }

    void createsAndReadsAnActionWithoutSecretValues()
    {
        QJsonObject body = postLoginAction(s("Add org claim"), s("exports.onExecutePostLogin = async () => {};"));
        body.insert(s("secrets"), QJsonArray{QJsonObject{{s("name"), s("API_KEY")}, {s("value"), s("s3cr3t")}}});
        body.insert(s("dependencies"), QJsonArray{QJsonObject{{s("name"), s("jose")}, {s("version"), s("5.9.6")}}});
        HttpReply reply = m_tenant->post(s("actions/actions"), m_token, compactJson(body));
        VERIFY_STATUS(reply, 201);
        QVERIFY(!reply.body.contains("s3cr3t"));
        const QString id = reply.json().object().value(s("id")).toString();

        reply = m_tenant->get(s("actions/actions/") + id, m_token);
        VERIFY_STATUS(reply, 200);
        const QJsonObject action = reply.json().object();
        QCOMPARE(action.value(s("name")).toString(), s("Add org claim"));
        QCOMPARE(action.value(s("supported_triggers")).toArray().at(0).toObject().value(s("id")).toString(),
                 s("post-login"));
        QCOMPARE(action.value(s("secrets")).toArray().at(0).toObject().value(s("name")).toString(), s("API_KEY"));
        QVERIFY(!action.value(s("secrets")).toArray().at(0).toObject().contains(s("value")));
        QVERIFY(!reply.body.contains("s3cr3t"));
        QCOMPARE(action.value(s("all_changes_deployed")).toBool(), false);
        QVERIFY(!action.contains(s("deployed_version")));
        QCOMPARE(action.value(s("dependencies")).toArray(), body.value(s("dependencies")).toArray());
    }

    void refusesBadBodiesLikeAuth0()
    {
        HttpReply reply = m_tenant->post(s("actions/actions"), m_token, R"({"code":"x"})");
        VERIFY_STATUS(reply, 400);
        QCOMPARE(reply.json().object().value(s("errorCode")).toString(), s("invalid_body"));
        QVERIFY(reply.json().object().value(s("message")).toString().contains(s("name")));

        QJsonObject unknownTrigger = postLoginAction(s("x"), {});
        unknownTrigger.insert(s("supported_triggers"), QJsonArray{QJsonObject{{s("id"), s("post-logout")}}});
        reply = m_tenant->post(s("actions/actions"), m_token, compactJson(unknownTrigger));
        VERIFY_STATUS(reply, 400);
        QVERIFY(reply.json().object().value(s("message")).toString().contains(s("post-logout")));

        reply = m_tenant->post(s("actions/actions"), m_token, "{not json");
        VERIFY_STATUS(reply, 400);

        create(s("Twice"), {});
        reply = m_tenant->post(s("actions/actions"), m_token, compactJson(postLoginAction(s("Twice"), {})));
        VERIFY_STATUS(reply, 409);

        VERIFY_STATUS(m_tenant->get(s("actions/actions/no-such-id"), m_token), 404);
        VERIFY_STATUS(m_tenant->get(s("actions/triggers/post-logout/bindings"), m_token), 404);
    }

    void draftsVersionsAndRollBack()
    {
        const QString id = create(s("Versioned"), s("// one"));
        HttpReply reply = m_tenant->post(s("actions/actions/") + id + s("/deploy"), m_token);
        VERIFY_STATUS(reply, 202);
        QCOMPARE(reply.json().object().value(s("number")).toInt(), 1);
        const QString firstVersion = reply.json().object().value(s("id")).toString();

        // A PATCH changes the draft only: the deployed version keeps running the old code.
        reply = m_tenant->patch(s("actions/actions/") + id, m_token, "{\"code\":\"// two\"}");
        VERIFY_STATUS(reply, 200);
        QJsonObject action = reply.json().object();
        QCOMPARE(action.value(s("code")).toString(), s("// two"));
        QCOMPARE(action.value(s("all_changes_deployed")).toBool(), false);
        QCOMPARE(action.value(s("deployed_version")).toObject().value(s("code")).toString(), s("// one"));

        VERIFY_STATUS(m_tenant->post(s("actions/actions/") + id + s("/deploy"), m_token), 202);
        reply = m_tenant->get(s("actions/actions/") + id + s("/versions"), m_token);
        VERIFY_STATUS(reply, 200);
        QJsonArray versions = reply.json().object().value(s("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(s("number")).toInt(), 2); // newest first
        QCOMPARE(versions.at(0).toObject().value(s("deployed")).toBool(), true);
        QCOMPARE(versions.at(1).toObject().value(s("deployed")).toBool(), false);

        // Rolling back deploys the old code as a new version.
        reply = m_tenant->post(s("actions/actions/%1/versions/%2/deploy").arg(id, firstVersion), m_token);
        VERIFY_STATUS(reply, 202);
        QCOMPARE(reply.json().object().value(s("number")).toInt(), 3);
        QCOMPARE(reply.json().object().value(s("code")).toString(), s("// one"));
        reply = m_tenant->get(s("actions/actions/%1/versions/%2").arg(id, firstVersion), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().object().value(s("deployed")).toBool(), false);
        VERIFY_STATUS(m_tenant->post(s("actions/actions/%1/versions/nope/deploy").arg(id), m_token), 404);
    }

    void onlyABuiltDraftDeploys()
    {
        demo::DemoTenantOptions options = test::DemoTenantFixture::testOptions();
        options.actionBuildMs = 5000;
        m_tenant = std::make_unique<Tenant>(options);
        m_token = m_tenant->token();
        const QString id = create(s("Building"), s("// one"));
        HttpReply reply = m_tenant->get(s("actions/actions/") + id, m_token);
        QCOMPARE(reply.json().object().value(s("status")).toString(), s("pending"));
        reply = m_tenant->post(s("actions/actions/") + id + s("/deploy"), m_token);
        VERIFY_STATUS(reply, 400);
        QCOMPARE(reply.json().object().value(s("message")).toString(),
                 s("A draft must be in the 'built' state before it can be deployed."));
        m_tenant->fixture.clock().advance(std::chrono::seconds(5));
        QCOMPARE(m_tenant->get(s("actions/actions/") + id, m_token).json().object().value(s("status")).toString(),
                 s("built"));
        VERIFY_STATUS(m_tenant->post(s("actions/actions/") + id + s("/deploy"), m_token), 202);
    }

    void listFilters()
    {
        const QString deployed = create(s("Deployed one"), {});
        m_tenant->post(s("actions/actions/") + deployed + s("/deploy"), m_token);
        create(s("Draft only"), {});
        const auto names = [&](const QString &query) {
            QStringList found;
            const HttpReply reply = m_tenant->get(s("actions/actions") + query, m_token);
            for (const QJsonValue &action : reply.json().object().value(s("actions")).toArray())
                found.append(action.toObject().value(s("name")).toString());
            return found;
        };
        QCOMPARE(names({}), (QStringList{s("Deployed one"), s("Draft only")}));
        QCOMPARE(names(s("?deployed=true")), QStringList{s("Deployed one")});
        QCOMPARE(names(s("?actionName=Draft%20only")), QStringList{s("Draft only")});
        QCOMPARE(names(s("?triggerId=custom-token-exchange")), QStringList{});
        QCOMPARE(names(s("?per_page=1&page=1")), QStringList{s("Draft only")});
        const HttpReply triggers = m_tenant->get(s("actions/triggers"), m_token);
        QVERIFY(triggers.body.contains("\"custom-token-exchange\""));
    }

    void bindingsReplaceTheWholeListInOrder()
    {
        const QString first = create(s("First"), {});
        const QString second = create(s("Second"), {});
        const QString draft = create(s("Never deployed"), {});
        m_tenant->post(s("actions/actions/") + first + s("/deploy"), m_token);
        m_tenant->post(s("actions/actions/") + second + s("/deploy"), m_token);

        HttpReply reply = m_tenant->patch(s("actions/triggers/post-login/bindings"), m_token,
                                          bindingsBody({{s("action_id"), second}, {s("action_name"), s("First")}}));
        VERIFY_STATUS(reply, 200);
        QCOMPARE(boundNames(reply.json().object()), (QStringList{s("Second"), s("First")}));
        const QString secondBinding =
            reply.json().object().value(s("bindings")).toArray().at(0).toObject().value(s("id")).toString();

        // Only deployed Actions can be bound; a failed PATCH changes nothing.
        reply = m_tenant->patch(s("actions/triggers/post-login/bindings"), m_token,
                                bindingsBody({{s("action_id"), draft}}));
        VERIFY_STATUS(reply, 400);
        QVERIFY(reply.json().object().value(s("message")).toString().contains(s("deployed")));

        // A PATCH with one binding unbinds the other; a kept binding keeps its id.
        reply = m_tenant->patch(s("actions/triggers/post-login/bindings"), m_token,
                                bindingsBody({{s("binding_id"), secondBinding}}));
        VERIFY_STATUS(reply, 200);
        reply = m_tenant->get(s("actions/triggers/post-login/bindings"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(boundNames(reply.json().object()), QStringList{s("Second")});
        QCOMPARE(reply.json().object().value(s("bindings")).toArray().at(0).toObject().value(s("id")).toString(),
                 secondBinding);

        // A bound Action is deleted only with force, which unbinds it.
        reply = m_tenant->remove(s("actions/actions/") + second, m_token);
        VERIFY_STATUS(reply, 400);
        VERIFY_STATUS(m_tenant->remove(s("actions/actions/") + second + s("?force=true"), m_token), 204);
        reply = m_tenant->get(s("actions/triggers/post-login/bindings"), m_token);
        QCOMPARE(boundNames(reply.json().object()), QStringList{});
        VERIFY_STATUS(m_tenant->get(s("actions/actions/") + second, m_token), 404);
        VERIFY_STATUS(m_tenant->remove(s("actions/actions/") + draft, m_token), 204);
    }

    void scopesAreNamed()
    {
        const QByteArray readonly = m_tenant->token(s("demo-readonly"), s("demo-readonly-secret"));
        const HttpReply reply = m_tenant->get(s("actions/actions"), readonly);
        VERIFY_STATUS(reply, 403);
        QCOMPARE(reply.json().object().value(s("message")).toString(),
                 s("Insufficient scope, expected any of: read:actions"));
        QCOMPARE(m_tenant->post(s("actions/actions"), readonly, compactJson(postLoginAction(s("x"), {}))).status, 403);
        VERIFY_STATUS(m_tenant->get(s("actions/actions"), {}), 401);
    }

    void testRunsTheDraftOnce()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the test endpoint answers 503 without it");
        // The draft runs, not the deployed version; nothing it asks for reaches a user or a token.
        const QString id = create(s("Tested"), s("exports.onExecutePostLogin = async (event, api) => {\n"
                                                 "  console.log('protocol', event.transaction.protocol);\n"
                                                 "  api.accessToken.setCustomClaim('https://x.example/org_id', "
                                                 "event.user.app_metadata.default_org_id);\n};"));
        const QJsonObject payload{
            {s("transaction"), QJsonObject{{s("protocol"), s("oauth2-refresh-token")}}},
            {s("user"), QJsonObject{{s("user_id"), s("auth0|alice")},
                                    {s("app_metadata"), QJsonObject{{s("default_org_id"), s("org_acme")}}}}}};
        HttpReply reply =
            m_tenant->post(s("actions/actions/%1/test").arg(id), m_token, compactJson({{s("payload"), payload}}));
        VERIFY_STATUS(reply, 200);
        const QJsonObject result = reply.json().object().value(s("payload")).toObject();
        QCOMPARE(result.value(s("commands")).toArray(),
                 (QJsonArray{QJsonObject{{s("name"), s("accessToken.setCustomClaim")},
                                         {s("args"), QJsonArray{s("https://x.example/org_id"), s("org_acme")}}}}));
        QCOMPARE(result.value(s("logs")).toString(), s("protocol oauth2-refresh-token"));
        QVERIFY(result.value(s("error")).isNull());

        // An exchange Action gets its handler; a throwing one reports the error.
        const HttpReply created = m_tenant->post(
            s("actions/actions"), m_token,
            compactJson(test::actionBody(s("Exchange"), s("custom-token-exchange"),
                                         s("exports.onExecuteCustomTokenExchange = async (event, api) => {\n"
                                           "  if (event.transaction.subject_token === 'bad') throw new "
                                           "Error('cannot verify');\n"
                                           "  api.authentication.setUserById('auth0|bob');\n};"))));
        const QString exchange = created.json().object().value(s("id")).toString();
        const auto run = [&](const char *subjectToken) {
            return m_tenant
                ->post(s("actions/actions/%1/test").arg(exchange), m_token,
                       compactJson({{s("payload"), QJsonObject{{s("transaction"),
                                                                QJsonObject{{s("subject_token"), s(subjectToken)}}}}}}))
                .json()
                .object()
                .value(s("payload"))
                .toObject();
        };
        QCOMPARE(run("good").value(s("commands")).toArray().at(0).toObject().value(s("name")).toString(),
                 s("authentication.setUserById"));
        QCOMPARE(run("bad").value(s("error")).toObject().value(s("message")).toString(), s("cannot verify"));

        VERIFY_STATUS(m_tenant->post(s("actions/actions/%1/test").arg(id), m_token, "{}"), 400);
        VERIFY_STATUS(m_tenant->post(s("actions/actions/nope/test"), m_token, "{\"payload\":{}}"), 404);
        reply = m_tenant->post(s("actions/actions/%1/test").arg(id),
                               m_tenant->token(s("demo-readonly"), s("demo-readonly-secret")), "{\"payload\":{}}");
        VERIFY_STATUS(reply, 403);
        QCOMPARE(reply.json().object().value(s("message")).toString(),
                 s("Insufficient scope, expected any of: create:actions"));
        // The test did not touch the user.
        QVERIFY(m_tenant->get(s("users/auth0%7Calice"), m_token)
                    .json()
                    .object()
                    .value(s("user_metadata"))
                    .toObject()
                    .isEmpty());
    }

    void resetForgetsActions()
    {
        create(s("Gone after reset"), {});
        m_tenant->tenant.reset();
        const HttpReply reply = m_tenant->get(s("actions/actions"), m_token);
        QCOMPARE(reply.json().object().value(s("total")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActionsApi)
#include "TestActionsApi.moc"
