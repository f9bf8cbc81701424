#include "UnsignedTokens.h"
#include "jwt/ClaimChain.h"
#include "oauth/SessionHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace orglens;
using namespace orglens::oauth;

namespace {

QString token(const QJsonObject &payload)
{
    return test::unsignedToken(payload);
}

SessionRecord record(const QString &flow, const QString &access, const QString &id = {}, const QString &parent = {})
{
    SessionRecord record;
    record.flow = *parseFlow(flow);
    record.issuer = QUrl(QStringLiteral("https://acme.eu.auth0.com/"));
    record.tokens.accessToken = Secret::fromString(access);
    record.tokens.idToken = Secret::fromString(id);
    record.tokens.body = Secret("{}");
    record.parentId = parent;
    record.time = QDateTime(QDate(2026, 3, 1), QTime(10, 42, 7), Qt::UTC);
    return record;
}

const QString Org = QStringLiteral("https://orglens.example/org_id");

} // namespace

class TestSessionHistoryModel : public QObject {
    Q_OBJECT
private slots:
    void oneRowPerJwtFollowingTheHistory()
    {
        SessionHistory history;
        SessionHistoryModel model(&history);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString access = token({{QStringLiteral("sub"), QStringLiteral("auth0|alice")}});
        const QString id = token({{QStringLiteral("nonce"), QStringLiteral("n")}});
        history.add(record(QStringLiteral("device"), access, id));
        history.add(record(QStringLiteral("client_credentials"), QStringLiteral("opaque-token")));
        QCOMPARE(model.rowCount(), 2); // the opaque access token has no row
        QCOMPARE(model.index(0, SessionHistoryModel::FlowColumn).data().toString(),
                 QStringLiteral("Device authorization"));
        QCOMPARE(model.index(0, SessionHistoryModel::KindColumn).data().toString(), QStringLiteral("Access token"));
        QCOMPARE(model.index(1, SessionHistoryModel::KindColumn).data().toString(), QStringLiteral("ID token"));
        QCOMPARE(model.index(1, 0).data(SessionHistoryModel::TokenRole).toString(), id);
        QCOMPARE(model.rowForToken(access), 0);
        QCOMPARE(model.rowForToken(QStringLiteral("nope")), -1);
        // Without a profile name, the issuer's host stands in.
        QCOMPARE(model.index(0, SessionHistoryModel::ProfileColumn).data().toString(),
                 QStringLiteral("acme.eu.auth0.com"));
        model.setProfileNamer([](const SessionRecord &) { return QStringLiteral("acme-prod"); });
        QCOMPARE(model.index(0, SessionHistoryModel::ProfileColumn).data().toString(), QStringLiteral("acme-prod"));
        history.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void lineageIsOldestFirst()
    {
        SessionHistory history;
        const QString device = history.add(record(QStringLiteral("device"), token({{QStringLiteral("a"), 1}})));
        const QString refresh =
            history.add(record(QStringLiteral("refresh"), token({{QStringLiteral("a"), 2}}), {}, device));
        const QString exchange =
            history.add(record(QStringLiteral("token_exchange"), token({{QStringLiteral("a"), 3}}), {}, refresh));
        history.add(record(QStringLiteral("pkce"), token({{QStringLiteral("a"), 4}})));
        const QList<SessionRecord> lineage = sessionLineage(history, exchange);
        QCOMPARE(lineage.size(), 3);
        QCOMPARE(lineage.at(0).id, device);
        QCOMPARE(lineage.at(2).id, exchange);
        QVERIFY(sessionLineage(history, QStringLiteral("unknown")).isEmpty());
        const QList<jwt::ChainStep> steps = chainSteps(lineage);
        QCOMPARE(steps.size(), 3);
        QVERIFY2(steps.at(1).label.startsWith(QStringLiteral("Refresh ")), qPrintable(steps.at(1).label));
    }

    void chainAnswersWhereAClaimCameFromAndWentTo()
    {
        // device login (no org claim) → refresh (unchanged) → exchange (org claim added, custom claim dropped)
        SessionHistory history;
        const QJsonObject deviceClaims{{QStringLiteral("sub"), QStringLiteral("auth0|alice")},
                                       {QStringLiteral("https://orglens.example/plan"), QStringLiteral("gold")},
                                       {QStringLiteral("iat"), 100}};
        const QString device = history.add(record(QStringLiteral("device"), token(deviceClaims)));
        QJsonObject refreshed = deviceClaims;
        refreshed[QStringLiteral("iat")] = 200;
        const QString refresh = history.add(record(QStringLiteral("refresh"), token(refreshed), {}, device));
        const QJsonObject exchanged{{QStringLiteral("sub"), QStringLiteral("auth0|alice")},
                                    {Org, QStringLiteral("org_acme")},
                                    {QStringLiteral("iat"), 300}};
        const QString exchange = history.add(record(QStringLiteral("token_exchange"), token(exchanged), {}, refresh));

        const jwt::ClaimChain chain = jwt::buildClaimChain(chainSteps(sessionLineage(history, exchange)));
        QCOMPARE(chain.steps.size(), 3);
        const jwt::ClaimChainRow *org = chain.find(Org);
        QVERIFY(org);
        QCOMPARE(org->changes, (QList<jwt::ChangeKind>{jwt::ChangeKind::Unchanged, jwt::ChangeKind::Unchanged,
                                                       jwt::ChangeKind::Added}));
        QVERIFY(!org->presentIn(0));
        QVERIFY2(chain.history(*org).startsWith(QStringLiteral("added by Token exchange")),
                 qPrintable(chain.history(*org)));
        const jwt::ClaimChainRow *plan = chain.find(QStringLiteral("https://orglens.example/plan"));
        QVERIFY(plan);
        QCOMPARE(plan->changes.at(2), jwt::ChangeKind::Removed);
        QVERIFY2(chain.history(*plan).contains(QStringLiteral("dropped by Token exchange")),
                 qPrintable(chain.history(*plan)));
        const jwt::ClaimChainRow *sub = chain.find(QStringLiteral("sub"));
        QVERIFY(!sub->changesAlongChain());
        QVERIFY(chain.history(*sub).startsWith(QStringLiteral("from Device authorization")));
        const jwt::ClaimChainRow *iat = chain.find(QStringLiteral("iat"));
        QVERIFY(iat->isVolatile);
        QCOMPARE(iat->changes.at(1), jwt::ChangeKind::Changed);
    }
};

QTEST_GUILESS_MAIN(TestSessionHistoryModel)
#include "TestSessionHistoryModel.moc"
