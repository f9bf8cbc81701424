// The application's demo tenant across restarts, over real HTTP: a restart with another Action preset listens on the
// same port (same issuer) and signs with the same key, with that preset's Actions and none of the previous run's
// edits, and says so with started(); a start that cannot listen fails with the reason and leaves no tenant.
#include "ActionPresets.h"
#include "DemoManagementProbe.h"
#include "DemoTenant.h"
#include "DemoTenantFixture.h"
#include "DemoTenantHost.h"
#include "jwt/SigningKey.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace orglens;
using demo::ActionPreset;
using demo::DemoTenantHost;
using test::HttpTestClient;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList actionNames(HttpTestClient &http, const QUrl &issuer)
{
    QStringList names;
    const auto reply = test::demoManagementGet(http, issuer, s("actions/actions"));
    for (const QJsonValue &action : reply.json().object().value(s("actions")).toArray())
        names << action.toObject().value(s("name")).toString();
    return names;
}

} // namespace

class TestDemoTenantHost : public QObject {
    Q_OBJECT

private slots:
    void restartKeepsThePortAndStartsFromThePreset()
    {
        DemoTenantHost host(test::DemoTenantFixture::testOptions());
        QSignalSpy started(&host, &DemoTenantHost::started);
        QVERIFY(!host.isRunning());
        QVERIFY(host.issuer().isEmpty());

        const auto port = host.start();
        QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
        QCOMPARE(started.size(), 1);
        QCOMPARE(host.preset(), ActionPreset::Builtin); // the default
        const QUrl issuer = host.issuer();
        QCOMPARE(issuer.port(), int(port.value()));

        // An edit of this run: an Action created over the Management API.
        HttpTestClient http;
        const QByteArray bearer = test::demoManagementToken(http, issuer);
        QVERIFY(!bearer.isEmpty());
        const QJsonObject action{
            {s("name"), s("edited before the restart")},
            {s("supported_triggers"), QJsonArray{QJsonObject{{s("id"), s("post-login")}, {s("version"), s("v3")}}}},
            {s("code"), s("exports.onExecutePostLogin = async () => {};")}};
        const auto created = http.send("POST", QUrl(issuer.toString() + s("api/v2/actions/actions")), bearer,
                                       QJsonDocument(action).toJson(QJsonDocument::Compact));
        QCOMPARE(created.status, 201);
        QCOMPARE(actionNames(http, issuer), QStringList{s("edited before the restart")});
        QVERIFY(test::boundPostLoginActions(http, issuer).isEmpty());

        const QString kid = host.tenant()->signingKey().kid();
        const auto restarted = host.start(ActionPreset::Article);
        QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().message));
        QCOMPARE(started.size(), 2);
        QCOMPARE(restarted.value(), port.value());
        QCOMPARE(host.issuer(), issuer);
        QCOMPARE(host.preset(), ActionPreset::Article);
        QCOMPARE(host.tenant()->options().actionPreset, ActionPreset::Article);
        QCOMPARE(host.actionsNotice(), host.tenant()->actionsNotice());

        // The new run, over HTTP at the old address: the article's Actions, the edit gone.
        QCOMPARE(test::boundPostLoginActions(http, issuer), QStringList{s("Add org_id claim (support article)")});
        QVERIFY(!actionNames(http, issuer).contains(s("edited before the restart")));
        // Signed with the same key: a token of the previous run is still accepted (clients need no new one).
        QCOMPARE(host.tenant()->signingKey().kid(), kid);
        QCOMPARE(http.get(QUrl(issuer.toString() + s("api/v2/actions/actions")), bearer).status, 200);

        // And back: nothing bound.
        QVERIFY(host.start(ActionPreset::Builtin));
        QCOMPARE(host.issuer(), issuer);
        QVERIFY(test::boundPostLoginActions(http, issuer).isEmpty());
        QVERIFY(host.actionsNotice().isEmpty());
    }

    void aPortInUseFailsWithTheReason()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        demo::DemoTenantOptions options = test::DemoTenantFixture::testOptions();
        options.port = occupant.serverPort();
        DemoTenantHost host(options);
        QSignalSpy started(&host, &DemoTenantHost::started);

        const auto port = host.start(ActionPreset::Fixed);
        QVERIFY(!port);
        QCOMPARE(port.error().code, s("listen"));
        QVERIFY2(port.error().message.contains(QString::number(occupant.serverPort())),
                 qPrintable(port.error().message));
        QVERIFY(!host.isRunning());
        QVERIFY(host.tenant() == nullptr);
        QVERIFY(host.issuer().isEmpty());
        QVERIFY(host.actionsNotice().isEmpty());
        QCOMPARE(started.size(), 0);

        // Once the port is free, the next start takes it.
        occupant.close();
        const auto retried = host.start(ActionPreset::Fixed);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QCOMPARE(retried.value(), options.port);
        QCOMPARE(started.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoTenantHost)
#include "TestDemoTenantHost.moc"
