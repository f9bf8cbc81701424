#include "UnsignedTokens.h"
#include "jwt/TokenDiffModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace orglens::jwt;
using orglens::test::unsignedToken;

namespace {
DecodedToken decoded(const QJsonObject &payload)
{
    auto result = decodeToken(unsignedToken(payload));
    if (!result)
        qFatal("test token does not decode: %s", qPrintable(result.error().message));
    return result.value();
}

TokenDiff sampleDiff()
{
    const QJsonObject before{{QStringLiteral("sub"), QStringLiteral("auth0|alice")},
                             {QStringLiteral("iat"), 1000},
                             {QStringLiteral("scope"), QStringLiteral("openid")},
                             {QStringLiteral("https://orglens.example/org_id"), QStringLiteral("org_acme")}};
    const QJsonObject after{{QStringLiteral("sub"), QStringLiteral("auth0|alice")},
                            {QStringLiteral("iat"), 2000},
                            {QStringLiteral("scope"), QStringLiteral("openid read:orders")},
                            {QStringLiteral("org_id"), QStringLiteral("org_acme")}};
    return diffTokens(decoded(before), decoded(after));
}
} // namespace

class TestTokenDiffModel : public QObject {
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        TokenDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(sampleDiff());
        QVERIFY(model.rowCount() > 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setDiff(sampleDiff());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterRole(TokenDiffModel::IsDifferenceRole);
        proxy.setFilterFixedString(QStringLiteral("true"));
        QVERIFY(proxy.rowCount() < model.rowCount());
    }

    void rowsCarryKindMarkerAndValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("isVolatile");
        QTest::newRow("added") << "/payload/org_id"
                               << "payload › org_id" << int(ChangeKind::Added) << "+" << QString() << "\"org_acme\""
                               << false;
        QTest::newRow("removed") << "/payload/https:~1~1orglens.example~1org_id"
                                 << "payload › https://orglens.example/org_id" << int(ChangeKind::Removed) << "\u2212"
                                 << "\"org_acme\"" << QString() << false;
        QTest::newRow("changed volatile") << "/payload/iat"
                                          << "payload › iat" << int(ChangeKind::Changed) << "~"
                                          << "1000"
                                          << "2000" << true;
        QTest::newRow("unchanged") << "/payload/sub"
                                   << "payload › sub" << int(ChangeKind::Unchanged) << " "
                                   << "\"auth0|alice\""
                                   << "\"auth0|alice\"" << false;
    }

    void rowsCarryKindMarkerAndValues()
    {
        QFETCH(QString, path);
        QFETCH(QString, shown);
        QFETCH(int, kind);
        QFETCH(QString, marker);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, isVolatile);
        TokenDiffModel model;
        model.setDiff(sampleDiff());
        const int row = model.rowForPath(path);
        QVERIFY2(row >= 0, qPrintable(path));
        QCOMPARE(model.index(row, 0).data(TokenDiffModel::ChangeKindRole).toInt(), kind);
        QCOMPARE(model.index(row, 0).data(TokenDiffModel::IsVolatileRole).toBool(), isVolatile);
        QCOMPARE(model.index(row, 0).data(TokenDiffModel::IsDifferenceRole).toBool(),
                 kind != int(ChangeKind::Unchanged));
        QCOMPARE(model.index(row, TokenDiffModel::PathColumn).data().toString(), marker + QLatin1Char(' ') + shown);
        QCOMPARE(model.index(row, 0).data(TokenDiffModel::PathRole).toString(), path);
        QCOMPARE(model.index(row, TokenDiffModel::BeforeColumn).data().toString(), before);
        QCOMPARE(model.index(row, TokenDiffModel::AfterColumn).data().toString(), after);
    }

    void hasColumnHeaders()
    {
        TokenDiffModel model;
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Path"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Before"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("After"));
    }
};

QTEST_GUILESS_MAIN(TestTokenDiffModel)
#include "TestTokenDiffModel.moc"
