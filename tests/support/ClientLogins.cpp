#include "ClientLogins.h"

#include "TestBrowser.h"

#include <QTest>
#include <QUrlQuery>

namespace orglens::test {

namespace {
constexpr int FlowStartMs = 10000;
}

oauth::TokenResult waitForResult(oauth::TokenOperation *operation, int timeoutMs)
{
    if (operation->isFinished())
        return operation->result();
    std::optional<oauth::TokenResult> result;
    QObject::connect(operation, &oauth::TokenOperation::finished, operation,
                     [&result](const oauth::TokenResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return {oauth::FlowStatus::Failed,
                oauth::makeError(QStringLiteral("test_timeout"), QStringLiteral("no result")),
                {},
                {},
                false};
    return *result;
}

QString waitForUserCode(oauth::DeviceFlow *flow)
{
    (void)QTest::qWaitFor([flow] { return !flow->authorization().userCode.isEmpty() || flow->isFinished(); },
                          FlowStartMs);
    return flow->authorization().userCode;
}

QUrl waitForAuthorizationUrl(oauth::PkceFlow *flow)
{
    (void)QTest::qWaitFor([flow] { return !flow->authorizationUrl().isEmpty() || flow->isFinished(); }, FlowStartMs);
    return flow->authorizationUrl();
}

oauth::TokenResult deviceLoginWith(oauth::OAuthClient &client, const QUrl &issuer, const QString &email,
                                   const QString &audience, const QString &scope)
{
    oauth::DeviceFlow *flow = client.startDeviceFlow({issuer, QStringLiteral("demo-native"), audience, scope, {}});
    TestBrowser browser(issuer); // a fresh browser: no session of an earlier user
    browser.activate(waitForUserCode(flow), email, QLatin1String(demo::DemoPassword));
    return waitForResult(flow);
}

QUrl pkceCallbackFor(oauth::PkceFlow *flow, const QUrl &issuer, const QString &email, const QString &consent)
{
    TestBrowser browser(issuer);
    const auto outcome = browser.authorize(QUrlQuery(waitForAuthorizationUrl(flow).query()), email,
                                           QLatin1String(demo::DemoPassword), consent);
    return outcome.last.location;
}

} // namespace orglens::test
