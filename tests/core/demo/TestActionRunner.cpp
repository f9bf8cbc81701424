// The demo tenant's Action runner on the real Node: Auth0's handlers, recorded api calls, console logs, a fresh
// context per execution, time limits (also for code that blocks Node's event loop) and the limited require.
#include "ActionRunner.h"
#include "NodeRunner.h"
#include "WaitFor.h"

#include <QDir>
#include <QtTest>

using namespace orglens::demo;
using orglens::test::joseModules;
using orglens::test::waitFor;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestActionRunner : public QObject {
    Q_OBJECT

    ActionOutcome run(ActionRunner &runner, const ActionExecution &execution)
    {
        return waitFor<ActionOutcome>([&](auto done) { runner.run(execution, this, done); });
    }

    ActionOutcome runPostLogin(const QString &code, int timeoutMs = 20000)
    {
        ActionRunner runner(joseModules());
        return run(runner, {code, s("onExecutePostLogin"), {}, {}, timeoutMs});
    }

private slots:
    void initTestCase()
    {
        if (!ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed");
    }

    void postLoginCallsAndLogsAreRecorded()
    {
        ActionRunner runner;
        const QJsonObject event{
            {s("user"), QJsonObject{{s("user_id"), s("auth0|alice")},
                                    {s("app_metadata"), QJsonObject{{s("default_org_id"), s("org_acme")}}}}},
            {s("transaction"), QJsonObject{{s("protocol"), s("oauth2-device-code")}}}};
        const ActionOutcome outcome = run(runner, {s(R"js(
exports.onExecutePostLogin = async (event, api) => {
  console.log('login of %s over %s', event.user.user_id, event.transaction.protocol);
  if (event.transaction.protocol === 'oauth2-device-code')
    api.accessToken.setCustomClaim('https://orglens.example/org_id', event.user.app_metadata.default_org_id);
  api.idToken.setCustomClaim('plan', 'gold').idToken.setCustomClaim('region', 'eu');
};)js"),
                                                   s("onExecutePostLogin"),
                                                   event,
                                                   {}});
        QVERIFY(outcome.ran);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorMessage));
        QCOMPARE(outcome.logs, QStringList{s("login of auth0|alice over oauth2-device-code")});
        QCOMPARE(outcome.callsTo(s("accessToken.setCustomClaim")),
                 QList<QJsonArray>{(QJsonArray{s("https://orglens.example/org_id"), s("org_acme")})});
        QCOMPARE(outcome.callsTo(s("idToken.setCustomClaim")).size(), 2); // setters return the api, as Auth0's do
        QCOMPARE(outcome.calls.size(), 3);
    }

    void eachExecutionHasAFreshContext()
    {
        ActionRunner runner;
        const QString code = s(R"js(
exports.onExecutePostLogin = async () => { console.log(typeof leftOver); globalThis.leftOver = 1; };)js");
        const ActionExecution execution{code, s("onExecutePostLogin"), {}, {}};
        QCOMPARE(run(runner, execution).logs, QStringList{s("undefined")});
        QCOMPARE(run(runner, execution).logs, QStringList{s("undefined")});
    }

    void errorsFailTheExecution()
    {
        ActionOutcome outcome =
            runPostLogin(s("exports.onExecutePostLogin = async () => { throw new RangeError('boom'); };"));
        QVERIFY(outcome.ran);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorName, s("RangeError"));
        QCOMPARE(outcome.errorMessage, s("boom"));

        outcome = runPostLogin(s("exports.onExecuteCredentialsExchange = async () => {};"));
        QCOMPARE(outcome.errorName, s("TypeError"));
        QCOMPARE(outcome.errorMessage, s("The Action does not export onExecutePostLogin"));

        outcome =
            runPostLogin(s("exports.onExecutePostLogin = async (event, api) => { api.user.setAppMetadata('a', 1)"));
        QCOMPARE(outcome.errorName, s("SyntaxError"));
    }

    void timeLimits()
    {
        // A loop in the handler's synchronous part and a handler that never settles: both stop at the limit.
        ActionOutcome outcome = runPostLogin(s("exports.onExecutePostLogin = () => { for (;;) {} };"), 300);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorMessage, s("Script execution timed out after 300ms"));
        outcome = runPostLogin(s("exports.onExecutePostLogin = () => new Promise(() => {});"), 300);
        QCOMPARE(outcome.errorName, s("TimeoutError"));
    }

    void blockedNodeIsRestartedForTheNextExecution()
    {
        // A loop after an await runs outside the context's own limit and blocks Node: the runner stops Node, fails
        // that execution with Auth0's message, and the execution queued behind it still runs.
        ActionRunner runner;
        std::optional<ActionOutcome> stuck, next;
        runner.run({s("exports.onExecutePostLogin = async () => { await null; for (;;) {} };"),
                    s("onExecutePostLogin"),
                    {},
                    {},
                    200},
                   this, [&](const ActionOutcome &outcome) { stuck = outcome; });
        runner.run({s("exports.onExecutePostLogin = async (e, api) => { api.access.deny('no'); };"),
                    s("onExecutePostLogin"),
                    {},
                    {}},
                   this, [&](const ActionOutcome &outcome) { next = outcome; });
        QCOMPARE(runner.pending(), 2);
        QVERIFY(QTest::qWaitFor([&] { return next.has_value(); }, 20000));
        QVERIFY(stuck.has_value());
        QCOMPARE(stuck->errorName, s("TimeoutError"));
        QCOMPARE(stuck->errorMessage, s("Script execution timed out after 200ms"));
        QVERIFY(next->ok);
        QCOMPARE(next->callsTo(s("access.deny")), QList<QJsonArray>{QJsonArray{s("no")}});
        QCOMPARE(runner.pending(), 0);
    }

    void requireIsLimitedToBuiltinsAndDeclaredDependencies()
    {
        ActionOutcome outcome = runPostLogin(s(R"js(
exports.onExecutePostLogin = async () => {
  console.log(require('node:crypto').createHash('sha256').update('a').digest('hex').length);
  require('left-pad');
};)js"));
        QCOMPARE(outcome.logs, QStringList{s("64")});
        QCOMPARE(outcome.errorMessage, s("Cannot find module 'left-pad': add it to the Action's dependencies"));

        if (joseModules().isEmpty())
            QSKIP("jose is not installed: configure with -DORGLENS_NODE_MODULES=<dir with node_modules/jose>");
        ActionRunner runner(joseModules());
        const QString code =
            s("exports.onExecutePostLogin = async () => { console.log(typeof require('jose').jwtVerify); };");
        outcome = run(runner, {code,
                               s("onExecutePostLogin"),
                               {},
                               QJsonArray{QJsonObject{{s("name"), s("jose")}, {s("version"), s("5.9.6")}}}});
        QCOMPARE(outcome.logs, QStringList{s("function")});
        outcome = run(runner, {code, s("onExecutePostLogin"), {}, {}});
        QCOMPARE(outcome.errorMessage, s("Cannot find module 'jose': add it to the Action's dependencies"));
    }

    void exchangeApiIsRecorded()
    {
        ActionRunner runner;
        const ActionOutcome outcome = run(runner, {s(R"js(
exports.onExecuteCustomTokenExchange = async (event, api) => {
  api.authentication.setUserById('auth0|' + event.transaction.subject_token);
  api.authentication.setOrganization('org_acme');
};)js"),
                                                   s("onExecuteCustomTokenExchange"),
                                                   {{s("transaction"), QJsonObject{{s("subject_token"), s("alice")}}}},
                                                   {}});
        QCOMPARE(outcome.calls, (QJsonArray{QJsonArray{s("authentication.setUserById"), s("auth0|alice")},
                                            QJsonArray{s("authentication.setOrganization"), s("org_acme")}}));
    }

    void answersStopWhenTheCallerIsGone()
    {
        ActionRunner runner;
        bool called = false;
        {
            QObject caller;
            runner.run({s("exports.onExecutePostLogin = async () => {};"), s("onExecutePostLogin"), {}, {}}, &caller,
                       [&](const ActionOutcome &) { called = true; });
        }
        QVERIFY(QTest::qWaitFor([&] { return runner.pending() == 0; }, 20000));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestActionRunner)
#include "TestActionRunner.moc"
