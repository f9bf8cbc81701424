#include "jwt/ClaimValidator.h"

#include <QJsonArray>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;
using Status = ValidationCheck::Status;

Q_DECLARE_METATYPE(ValidationCheck::Status)

namespace {
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
const qint64 NowSeconds = Now.toSecsSinceEpoch();
const QString Issuer = QStringLiteral("https://tenant.eu.auth0.com/");

DecodedToken tokenWith(const QJsonObject &payload)
{
    DecodedToken token;
    token.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}};
    token.payload = payload;
    return token;
}

QJsonObject goodClaims()
{
    return QJsonObject{
        {QStringLiteral("iss"), Issuer},
        {QStringLiteral("aud"), QJsonArray{QStringLiteral("https://api.example"), Issuer + QStringLiteral("userinfo")}},
        {QStringLiteral("azp"), QStringLiteral("client-1")},
        {QStringLiteral("exp"), NowSeconds + 3600},
        {QStringLiteral("iat"), NowSeconds - 10},
        {QStringLiteral("org_id"), QStringLiteral("org_abc")},
        {QStringLiteral("org_name"), QStringLiteral("acme")}};
}
} // namespace

class TestClaimValidator : public QObject {
    Q_OBJECT

    FixedClock m_clock{Now};

    ValidationOptions options(int leeway = 60)
    {
        ValidationOptions result;
        result.issuer = Issuer;
        result.audiences = {QStringLiteral("https://api.example")};
        result.authorizedParty = QStringLiteral("client-1");
        result.leewaySeconds = leeway;
        result.clock = &m_clock;
        return result;
    }

    static const ValidationCheck &check(const ValidationReport &report, const char *name)
    {
        const ValidationCheck *found = report.find(QLatin1String(name));
        if (!found)
            qFatal("no check %s", name);
        return *found;
    }

private slots:
    void goodTokenPasses()
    {
        const ValidationReport report = validateClaims(tokenWith(goodClaims()), options());
        QVERIFY(report.passed());
        QCOMPARE(report.checks.size(), 7);
        for (const ValidationCheck &c : report.checks) {
            if (c.name == QLatin1String("nbf"))
                QCOMPARE(c.status, Status::Skipped);
            else
                QVERIFY2(c.status == Status::Pass, qPrintable(c.name + QLatin1String(": ") + c.detail));
        }
        QVERIFY(check(report, "exp").detail.contains(QLatin1String("Expires in 1 h")));
    }

    void issuer_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QJsonValue>("actual");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("detail");
        QTest::newRow("exact") << Issuer << QJsonValue(Issuer) << Status::Pass << QStringLiteral("as expected");
        QTest::newRow("configured without slash")
            << QStringLiteral("https://tenant.eu.auth0.com") << QJsonValue(Issuer) << Status::Fail
            << QStringLiteral("The configured issuer 'https://tenant.eu.auth0.com' lacks the trailing '/'");
        QTest::newRow("token without slash") << Issuer << QJsonValue(QStringLiteral("https://tenant.eu.auth0.com"))
                                             << Status::Fail << QStringLiteral("has no trailing '/'");
        QTest::newRow("other tenant") << Issuer << QJsonValue(QStringLiteral("https://other.auth0.com/"))
                                      << Status::Fail << QStringLiteral("another tenant");
        QTest::newRow("missing") << Issuer << QJsonValue(QJsonValue::Undefined) << Status::Fail
                                 << QStringLiteral("no 'iss'");
        QTest::newRow("not configured") << QString() << QJsonValue(Issuer) << Status::Skipped
                                        << QStringLiteral("No expected issuer configured");
    }
    void issuer()
    {
        QFETCH(QString, configured);
        QFETCH(QJsonValue, actual);
        QFETCH(Status, status);
        QFETCH(QString, detail);
        QJsonObject claims = goodClaims();
        claims.remove(QStringLiteral("iss"));
        if (!actual.isUndefined())
            claims.insert(QStringLiteral("iss"), actual);
        ValidationOptions opts = options();
        opts.issuer = configured;
        const ValidationReport report = validateClaims(tokenWith(claims), opts);
        QCOMPARE(check(report, "iss").status, status);
        QVERIFY2(check(report, "iss").detail.contains(detail), qPrintable(check(report, "iss").detail));
        QCOMPARE(report.passed(), status != Status::Fail);
    }

    void audience_data()
    {
        QTest::addColumn<QJsonValue>("aud");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<Status>("status");
        QTest::newRow("string match") << QJsonValue(QStringLiteral("client-1"))
                                      << QStringList{QStringLiteral("client-1")} << Status::Pass;
        QTest::newRow("array match") << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                                     << QStringList{QStringLiteral("x"), QStringLiteral("b")} << Status::Pass;
        QTest::newRow("no match") << QJsonValue(QJsonArray{QStringLiteral("a")}) << QStringList{QStringLiteral("b")}
                                  << Status::Fail;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QStringList{QStringLiteral("b")}
                                 << Status::Fail;
        QTest::newRow("malformed") << QJsonValue(QJsonArray{1}) << QStringList{QStringLiteral("b")} << Status::Fail;
        QTest::newRow("not configured") << QJsonValue(QStringLiteral("a")) << QStringList() << Status::Skipped;
    }
    void audience()
    {
        QFETCH(QJsonValue, aud);
        QFETCH(QStringList, expected);
        QFETCH(Status, status);
        QJsonObject claims = goodClaims();
        claims.remove(QStringLiteral("aud"));
        if (!aud.isUndefined())
            claims.insert(QStringLiteral("aud"), aud);
        ValidationOptions opts = options();
        opts.audiences = expected;
        QCOMPARE(check(validateClaims(tokenWith(claims), opts), "aud").status, status);
    }

    // Boundaries: exp passes while now < exp + leeway; nbf passes while now >= nbf - leeway.
    void timeClaims_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<qint64>("offset"); // claim value minus now
        QTest::addColumn<int>("leeway");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("detail");
        QTest::newRow("exp future") << QStringLiteral("exp") << qint64(90) << 60 << Status::Pass
                                    << QStringLiteral("Expires in 1 min 30 s");
        QTest::newRow("exp now, within leeway")
            << QStringLiteral("exp") << qint64(0) << 60 << Status::Pass << QStringLiteral("Expired 0 s ago");
        QTest::newRow("exp 59 s ago") << QStringLiteral("exp") << qint64(-59) << 60 << Status::Pass
                                      << QStringLiteral("within the allowed clock skew of 60 s");
        QTest::newRow("exp 60 s ago") << QStringLiteral("exp") << qint64(-60) << 60 << Status::Fail
                                      << QStringLiteral("Expired 1 min ago");
        QTest::newRow("exp 2 h ago") << QStringLiteral("exp") << qint64(-7201) << 60 << Status::Fail
                                     << QStringLiteral("Expired 2 h 1 s ago");
        QTest::newRow("exp now, no leeway")
            << QStringLiteral("exp") << qint64(0) << 0 << Status::Fail << QStringLiteral("allowed clock skew is 0 s");
        QTest::newRow("nbf past") << QStringLiteral("nbf") << qint64(-5) << 60 << Status::Pass
                                  << QStringLiteral("Valid since");
        QTest::newRow("nbf in 60 s") << QStringLiteral("nbf") << qint64(60) << 60 << Status::Pass
                                     << QStringLiteral("Valid in 1 min");
        QTest::newRow("nbf in 61 s") << QStringLiteral("nbf") << qint64(61) << 60 << Status::Fail
                                     << QStringLiteral("1 min 1 s from now");
    }
    void timeClaims()
    {
        QFETCH(QString, claim);
        QFETCH(qint64, offset);
        QFETCH(int, leeway);
        QFETCH(Status, status);
        QFETCH(QString, detail);
        QJsonObject claims = goodClaims();
        claims.insert(claim, NowSeconds + offset);
        const ValidationReport report = validateClaims(tokenWith(claims), options(leeway));
        const ValidationCheck &c = check(report, claim.toLatin1().constData());
        QCOMPARE(c.status, status);
        QVERIFY2(c.detail.contains(detail), qPrintable(c.detail));
    }

    void expMissingOrMalformed()
    {
        QJsonObject claims = goodClaims();
        claims.remove(QStringLiteral("exp"));
        QCOMPARE(check(validateClaims(tokenWith(claims), options()), "exp").status, Status::Fail);
        claims.insert(QStringLiteral("exp"), QStringLiteral("tomorrow"));
        const ValidationCheck c = check(validateClaims(tokenWith(claims), options()), "exp");
        QCOMPARE(c.status, Status::Fail);
        QVERIFY(c.detail.contains(QLatin1String("NumericDate")));
    }

    void authorizedParty()
    {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("azp"), QStringLiteral("client-2"));
        const ValidationCheck wrong = check(validateClaims(tokenWith(claims), options()), "azp");
        QCOMPARE(wrong.status, Status::Fail);
        QVERIFY(wrong.detail.contains(QLatin1String("not to 'client-1'")));

        claims.remove(QStringLiteral("azp"));
        claims.insert(QStringLiteral("client_id"), QStringLiteral("client-1")); // RFC 9068 profile
        QCOMPARE(check(validateClaims(tokenWith(claims), options()), "azp").status, Status::Pass);

        claims.remove(QStringLiteral("client_id"));
        QCOMPARE(check(validateClaims(tokenWith(claims), options()), "azp").status, Status::Fail);
        ValidationOptions opts = options();
        opts.authorizedParty.clear();
        QCOMPARE(check(validateClaims(tokenWith(claims), opts), "azp").status, Status::Skipped);
    }

    void organizationClaimsWarnNeverFail()
    {
        QJsonObject claims = goodClaims();
        claims.remove(QStringLiteral("org_name"));
        ValidationReport report = validateClaims(tokenWith(claims), options());
        QCOMPARE(check(report, "org_id").status, Status::Pass);
        QCOMPARE(check(report, "org_name").status, Status::Warning);
        QVERIFY(check(report, "org_name").detail.contains(QLatin1String("Allow Organization Names")));
        QVERIFY(report.passed());

        claims.remove(QStringLiteral("org_id"));
        report = validateClaims(tokenWith(claims), options());
        QCOMPARE(check(report, "org_id").status, Status::Warning);
        QVERIFY(check(report, "org_id").detail.contains(QLatin1String("organization context")));
        QVERIFY(report.passed());

        claims.insert(QStringLiteral("org_name"), QStringLiteral("acme"));
        report = validateClaims(tokenWith(claims), options());
        QCOMPARE(check(report, "org_name").status, Status::Warning);
        QVERIFY(check(report, "org_name").detail.contains(QLatin1String("without 'org_id'")));
        QVERIFY(report.passed());
    }

    void json()
    {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("exp"), NowSeconds - 3600);
        const QJsonObject json = validateClaims(tokenWith(claims), options()).toJson();
        QCOMPARE(json.value(QLatin1String("passed")).toBool(), false);
        const QJsonArray checks = json.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 7);
        const QJsonObject exp = checks.at(2).toObject();
        QCOMPARE(exp.value(QLatin1String("name")).toString(), QStringLiteral("exp"));
        QCOMPARE(exp.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QVERIFY(exp.value(QLatin1String("detail")).toString().contains(QLatin1String("Expired 1 h ago")));
        QCOMPARE(checks.at(3).toObject().value(QLatin1String("status")).toString(), QStringLiteral("skipped"));
    }
};

QTEST_GUILESS_MAIN(TestClaimValidator)
#include "TestClaimValidator.moc"
