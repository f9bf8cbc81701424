#include "UnsignedTokens.h"
#include "jwt/ClaimChainModel.h"
#include "jwt/TokenDecoder.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;

namespace {
ChainStep step(const QString &label, const QJsonObject &payload)
{
    return {label, decodeToken(test::unsignedToken(payload)).value()};
}
} // namespace

class TestClaimChainModel : public QObject {
    Q_OBJECT
private slots:
    void cellsCarryTheStepsChange()
    {
        ClaimChainModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 0);
        model.setChain(
            buildClaimChain({step(QStringLiteral("Device"), {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}),
                             step(QStringLiteral("Exchange"), {{QStringLiteral("a"), 2}, {QStringLiteral("c"), 1}})}));
        QCOMPARE(model.columnCount(), 4); // Claim, Device, Exchange, history
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("1. Device"));
        const int a = model.rowForClaim(QStringLiteral("a"));
        const int b = model.rowForClaim(QStringLiteral("b"));
        const int c = model.rowForClaim(QStringLiteral("c"));
        QCOMPARE(model.index(a, 2).data(ClaimChainModel::ChangeKindRole).toInt(), int(ChangeKind::Changed));
        QCOMPARE(model.index(a, 2).data().toString(), QStringLiteral("~ 2"));
        QCOMPARE(model.index(b, 2).data(ClaimChainModel::ChangeKindRole).toInt(), int(ChangeKind::Removed));
        QVERIFY(model.index(b, 2).data().toString().contains(QStringLiteral("dropped")));
        QCOMPARE(model.index(c, 1).data().toString(), QString()); // absent
        QCOMPARE(model.index(c, 2).data().toString(), QStringLiteral("+ 1"));
        QCOMPARE(model.index(c, model.historyColumn()).data().toString(), QStringLiteral("added by Exchange"));
        QVERIFY(model.index(a, 0).data(ClaimChainModel::IsDifferenceRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestClaimChainModel)
#include "TestClaimChainModel.moc"
