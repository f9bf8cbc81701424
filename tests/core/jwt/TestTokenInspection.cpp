#include "UnsignedTokens.h"
#include "jwt/Jwt.h"

#include <QJsonArray>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;
using orglens::test::unsignedToken;

namespace {
const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
const qint64 NowSeconds = Now.toSecsSinceEpoch();

DecodedToken decoded(const QJsonObject &payload,
                     const QJsonObject &header = {{QStringLiteral("alg"), QStringLiteral("RS256")}})
{
    auto result = decodeToken(unsignedToken(payload, header));
    if (!result)
        qFatal("test token does not decode: %s", qPrintable(result.error().message));
    return result.value();
}

QJsonObject deviceAccessToken()
{
    return {{QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
            {QStringLiteral("sub"), QStringLiteral("auth0|alice")},
            {QStringLiteral("aud"), QJsonArray{QStringLiteral("https://api.acme.example/"),
                                               QStringLiteral("https://acme.eu.auth0.com/userinfo")}},
            {QStringLiteral("azp"), QStringLiteral("native-client")},
            {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")},
            {QStringLiteral("iat"), NowSeconds - 60},
            {QStringLiteral("exp"), NowSeconds + 86340},
            {QStringLiteral("https://acme.example/org_id"), QStringLiteral("org_acme")}};
}
} // namespace

class TestTokenInspection : public QObject {
    Q_OBJECT
private slots:
    void explainsEveryCatalogueClaim_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<int>("source");
        QTest::addColumn<bool>("isTime");
        using S = ClaimSource;
        const QList<std::tuple<const char *, S, bool>> rows{
            {"iss", S::Registered, false},
            {"sub", S::Registered, false},
            {"aud", S::Registered, false},
            {"exp", S::Registered, true},
            {"nbf", S::Registered, true},
            {"iat", S::Registered, true},
            {"jti", S::Registered, false},
            {"auth_time", S::Oidc, true},
            {"nonce", S::Oidc, false},
            {"acr", S::Oidc, false},
            {"amr", S::Oidc, false},
            {"azp", S::Oidc, false},
            {"at_hash", S::Oidc, false},
            {"c_hash", S::Oidc, false},
            {"sid", S::Oidc, false},
            {"email", S::Oidc, false},
            {"updated_at", S::Oidc, true},
            {"scope", S::AccessTokenProfile, false},
            {"client_id", S::AccessTokenProfile, false},
            {"act", S::AccessTokenProfile, false},
            {"org_id", S::Auth0, false},
            {"org_name", S::Auth0, false},
            {"gty", S::Auth0, false},
            {"permissions", S::Auth0, false},
            {"https://acme.example/org_id", S::CustomNamespaced, false},
            {"favourite_colour", S::CustomPlain, false},
        };
        for (const auto &[claim, source, isTime] : rows)
            QTest::newRow(claim) << QString::fromLatin1(claim) << int(source) << isTime;
    }
    void explainsEveryCatalogueClaim()
    {
        QFETCH(QString, claim);
        QFETCH(int, source);
        QFETCH(bool, isTime);
        const ClaimInfo info = describeClaim(claim);
        QCOMPARE(int(info.source), source);
        QCOMPARE(info.isTime, isTime);
        QVERIFY(info.explanation.size() > 20);
        QVERIFY(!sourceName(info.source).isEmpty());
    }

    void explainsHeaderParameters()
    {
        QVERIFY(describeHeaderParameter(QStringLiteral("jku")).explanation.contains(QStringLiteral("Never trusted")));
        QCOMPARE(describeHeaderParameter(QStringLiteral("kid")).source, ClaimSource::Jose);
        QCOMPARE(describeHeaderParameter(QStringLiteral("zzz")).source, ClaimSource::CustomPlain);
    }

    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(45) << "45 s";
        QTest::newRow("minutes") << qint64(3 * 60 + 20) << "3 min";
        QTest::newRow("hours+minutes") << qint64(23 * 3600 + 59 * 60 + 30) << "23 h 59 min";
        QTest::newRow("whole hours") << qint64(2 * 3600) << "2 h";
        QTest::newRow("days+hours") << qint64(2 * 86400 + 4 * 3600) << "2 d 4 h";
        QTest::newRow("negative") << qint64(-180) << "3 min";
    }
    void formatsDurations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }

    void phrasesTimesPerClaim_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("text");
        QTest::newRow("exp future") << "exp" << qint64(23 * 3600 + 59 * 60) << "expires in 23 h 59 min";
        QTest::newRow("exp past") << "exp" << qint64(-180) << "expired 3 min ago";
        QTest::newRow("iat") << "iat" << qint64(-300) << "issued 5 min ago";
        QTest::newRow("nbf future") << "nbf" << qint64(120) << "not valid for another 2 min";
        QTest::newRow("nbf past") << "nbf" << qint64(-3600) << "valid since 1 h ago";
        QTest::newRow("auth_time") << "auth_time" << qint64(-600) << "authenticated 10 min ago";
        QTest::newRow("other") << "custom" << qint64(300) << "in 5 min";
    }
    void phrasesTimesPerClaim()
    {
        QFETCH(QString, claim);
        QFETCH(qint64, offset);
        QFETCH(QString, text);
        QCOMPARE(relativeTimeText(claim, Now.addSecs(offset), Now), text);
    }

    void showsIsoTimeWithRelativeText()
    {
        const TokenInspection inspection = inspectToken(decoded(deviceAccessToken()), FixedClock(Now));
        const auto exp = std::find_if(inspection.payload.begin(), inspection.payload.end(),
                                      [](const ClaimRow &row) { return row.name == QLatin1String("exp"); });
        QVERIFY(exp != inspection.payload.end());
        QCOMPARE(exp->timeText, QStringLiteral("2026-11-24T11:59:00Z (expires in 23 h 59 min)"));
        QCOMPARE(exp->path, QStringLiteral("/payload/exp"));
        const auto custom = std::find_if(inspection.payload.begin(), inspection.payload.end(), [](const ClaimRow &row) {
            return row.name.startsWith(QLatin1String("https"));
        });
        QCOMPARE(custom->path, QStringLiteral("/payload/https:~1~1acme.example~1org_id"));
    }

    void auth0UpdatedAtStringIsATime()
    {
        QJsonObject payload{{QStringLiteral("updated_at"), QStringLiteral("2026-11-23T11:00:00.000Z")}};
        const TokenInspection inspection = inspectToken(decoded(payload), FixedClock(Now));
        QCOMPARE(inspection.payload.first().timeText, QStringLiteral("2026-11-23T11:00:00Z (updated 1 h ago)"));
    }

    void guessesKind_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("grant");
        const QJsonObject rs256{{QStringLiteral("alg"), QStringLiteral("RS256")}};
        QTest::newRow("access token with userinfo audience") << deviceAccessToken() << rs256 << "access_token"
                                                             << "";
        QTest::newRow("id token") << QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
                                                 {QStringLiteral("aud"), QStringLiteral("native-client")},
                                                 {QStringLiteral("nonce"), QStringLiteral("n-0S6")},
                                                 {QStringLiteral("email"), QStringLiteral("a@example.com")}}
                                  << rs256 << "id_token"
                                  << "";
        QTest::newRow("m2m") << QJsonObject{{QStringLiteral("sub"), QStringLiteral("abc@clients")},
                                            {QStringLiteral("aud"),
                                             QStringLiteral("https://acme.eu.auth0.com/api/v2/")},
                                            {QStringLiteral("gty"), QStringLiteral("client-credentials")}}
                             << rs256 << "access_token"
                             << "client-credentials";
        QTest::newRow("password grant") << QJsonObject{{QStringLiteral("sub"), QStringLiteral("auth0|bob")},
                                                       {QStringLiteral("aud"), QStringLiteral("https://api.example/")},
                                                       {QStringLiteral("gty"), QStringLiteral("password")}}
                                        << rs256 << "access_token"
                                        << "password";
        QTest::newRow("rfc 9068") << QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}
                                  << QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                                 {QStringLiteral("typ"), QStringLiteral("at+jwt")}}
                                  << "access_token"
                                  << "";
        QTest::newRow("nothing to go on") << QJsonObject{{QStringLiteral("foo"), 1}} << rs256 << "unknown"
                                          << "";
    }
    void guessesKind()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QJsonObject, header);
        QFETCH(QString, kind);
        QFETCH(QString, grant);
        const KindGuess guess = guessKind(decoded(payload, header));
        QCOMPARE(guess.kindName(), kind);
        QCOMPARE(guess.grant, grant);
        QVERIFY(!guess.reasons.isEmpty());
    }

    void warns_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QString>("code");
        const QJsonObject rs256{{QStringLiteral("alg"), QStringLiteral("RS256")}};
        const QJsonObject valid{{QStringLiteral("exp"), NowSeconds + 60}};
        QTest::newRow("alg none") << valid << QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}}
                                  << "alg-none";
        QTest::newRow("hs256") << valid << QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}}
                               << "symmetric-alg";
        QTest::newRow("jku") << valid
                             << QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                            {QStringLiteral("jku"), QStringLiteral("https://evil.example/jwks")}}
                             << "untrusted-key-reference";
        QTest::newRow("expired") << QJsonObject{{QStringLiteral("exp"), NowSeconds - 180}} << rs256 << "expired";
        QTest::newRow("no exp") << QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}} << rs256 << "no-expiry";
        QTest::newRow("nbf") << QJsonObject{{QStringLiteral("exp"), NowSeconds + 600},
                                            {QStringLiteral("nbf"), NowSeconds + 60}}
                             << rs256 << "not-yet-valid";
        QTest::newRow("iat future") << QJsonObject{{QStringLiteral("exp"), NowSeconds + 900},
                                                   {QStringLiteral("iat"), NowSeconds + 600}}
                                    << rs256 << "issued-in-future";
        QTest::newRow("exp string") << QJsonObject{{QStringLiteral("exp"), QStringLiteral("tomorrow")}} << rs256
                                    << "bad-time-claim";
        QTest::newRow("plain custom") << QJsonObject{{QStringLiteral("exp"), NowSeconds + 60},
                                                     {QStringLiteral("tenant"), 1}}
                                      << rs256 << "non-namespaced-claim";
        QTest::newRow("org_name alone") << QJsonObject{{QStringLiteral("exp"), NowSeconds + 60},
                                                       {QStringLiteral("org_name"), QStringLiteral("acme")}}
                                        << rs256 << "org-name-without-id";
    }
    void warns()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QJsonObject, header);
        QFETCH(QString, code);
        const TokenInspection inspection = inspectToken(decoded(payload, header), FixedClock(Now));
        QStringList codes;
        for (const auto &warning : inspection.warnings)
            codes << warning.code;
        QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(','))));
    }

    void cleanTokenHasNoWarnings()
    {
        const TokenInspection inspection = inspectToken(decoded(deviceAccessToken()), FixedClock(Now));
        QVERIFY(inspection.warnings.isEmpty());
        const QJsonObject json = inspection.toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("access_token"));
        QCOMPARE(json.value(QStringLiteral("payload")).toObject().value(QStringLiteral("sub")).toString(),
                 QStringLiteral("auth0|alice"));
    }
};

QTEST_GUILESS_MAIN(TestTokenInspection)
#include "TestTokenInspection.moc"
