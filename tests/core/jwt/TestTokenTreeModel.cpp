#include "MintToken.h"
#include "jwt/TimeText.h"
#include "jwt/TokenTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(9, 37, 27), Qt::UTC);

TokenInspection inspectAt(const QString &compact, const QDateTime &now)
{
    const auto decoded = decodeToken(compact);
    if (!decoded.ok())
        qFatal("test token does not decode: %s", qPrintable(decoded.error().message));
    return inspectToken(decoded.value(), FixedClock(now));
}

QString auth0Token()
{
    return test::mintToken(test::rs256Header(), test::auth0AccessTokenPayload(Now.toSecsSinceEpoch() - 60));
}

QString text(const QModelIndex &index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

} // namespace

class TestTokenTreeModel : public QObject {
    Q_OBJECT
private slots:
    void passesModelTesterThroughItsLifecycle()
    {
        TokenTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setInspection(inspectAt(auth0Token(), Now));
        QCOMPARE(model.rowCount(), 2);
        model.setInspection(inspectAt(auth0Token(), Now.addSecs(3600))); // same token, later: refresh in place
        model.setInspection(inspectAt(test::mintToken(test::rs256Header(), {{QStringLiteral("sub"), 1}}), Now));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void hasHeaderAndPayloadSectionsWithOneRowPerClaim()
    {
        TokenTreeModel model;
        const auto inspection = inspectAt(auth0Token(), Now);
        model.setInspection(inspection);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        const QModelIndex header = model.index(0, 0);
        const QModelIndex payload = model.index(1, 0);
        QCOMPARE(header.data().toString(), QStringLiteral("Header"));
        QCOMPARE(payload.data().toString(), QStringLiteral("Payload"));
        QCOMPARE(header.data(TokenTreeModel::PathRole).toString(), QStringLiteral("/header"));
        QCOMPARE(payload.data(TokenTreeModel::PathRole).toString(), QStringLiteral("/payload"));
        QCOMPARE(header.data(TokenTreeModel::NodeKindRole).toInt(), int(TokenTreeModel::NodeKind::Section));
        QCOMPARE(text(header, TokenTreeModel::ValueColumn), QStringLiteral("{3 keys}"));

        QCOMPARE(model.rowCount(header), inspection.header.size());
        QCOMPARE(model.rowCount(payload), inspection.payload.size());
        QCOMPARE(model.rowCount(payload), inspection.token.payload.size());
        for (int row = 0; row < model.rowCount(payload); ++row) {
            const QModelIndex claim = model.index(row, 0, payload);
            QCOMPARE(claim.data().toString(), inspection.payload.at(row).name);
            QCOMPARE(claim.data(TokenTreeModel::PathRole).toString(), inspection.payload.at(row).path);
            QCOMPARE(claim.data(TokenTreeModel::NodeKindRole).toInt(), int(TokenTreeModel::NodeKind::Claim));
            QCOMPARE(claim.parent(), payload);
        }
    }

    void showsValuesAsPeopleReadThem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("copy");
        const QString iat = QString::number(Now.toSecsSinceEpoch() - 60);
        QTest::newRow("header string") << "/header/alg"
                                       << "RS256"
                                       << "RS256";
        QTest::newRow("plain string") << "/payload/sub"
                                      << "auth0|64f1c0ffee0123456789abcd"
                                      << "auth0|64f1c0ffee0123456789abcd";
        QTest::newRow("NumericDate without exponent") << "/payload/iat" << iat << iat;
        QTest::newRow("array") << "/payload/aud"
                               << "[2 items]"
                               << R"(["https://api.example.com/","https://example.eu.auth0.com/userinfo"])";
        QTest::newRow("array element") << "/payload/aud/1"
                                       << "https://example.eu.auth0.com/userinfo"
                                       << "https://example.eu.auth0.com/userinfo";
        QTest::newRow("namespaced claim") << "/payload/https:~1~1example.com~1org_id"
                                          << "org_Kc4ZnUNyYV1nSdE3"
                                          << "org_Kc4ZnUNyYV1nSdE3";
        QTest::newRow("object") << "/payload/https:~1~1example.com~1profile"
                                << "{2 keys}"
                                << R"({"limits":{"regions":["eu","us"],"seats":25},"plan":"enterprise"})";
        QTest::newRow("nested number") << "/payload/https:~1~1example.com~1profile/limits/seats"
                                       << "25"
                                       << "25";
        QTest::newRow("deeply nested element") << "/payload/https:~1~1example.com~1profile/limits/regions/1"
                                               << "us"
                                               << "us";
    }
    void showsValuesAsPeopleReadThem()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, copy);
        TokenTreeModel model;
        model.setInspection(inspectAt(auth0Token(), Now));
        const QModelIndex index = model.indexForPath(path);
        QVERIFY2(index.isValid(), qPrintable(path));
        QCOMPARE(index.data(TokenTreeModel::PathRole).toString(), path);
        QCOMPARE(text(index, TokenTreeModel::ValueColumn), value);
        QCOMPARE(index.data(TokenTreeModel::CopyTextRole).toString(), copy);
    }

    void nestsObjectsAndArraysToAnyDepth()
    {
        TokenTreeModel model;
        model.setInspection(inspectAt(auth0Token(), Now));
        const QModelIndex profile = model.indexForPath(QStringLiteral("/payload/https:~1~1example.com~1profile"));
        QCOMPARE(model.rowCount(profile), 2);
        const QModelIndex limits = model.indexForPath(QStringLiteral("/payload/https:~1~1example.com~1profile/limits"));
        QCOMPARE(limits.parent(), profile);
        QCOMPARE(limits.data().toString(), QStringLiteral("limits"));
        QCOMPARE(limits.data(TokenTreeModel::NodeKindRole).toInt(), int(TokenTreeModel::NodeKind::Member));
        const QModelIndex regions = model.index(0, 0, limits);
        QCOMPARE(regions.data().toString(), QStringLiteral("regions"));
        QCOMPARE(model.rowCount(regions), 2);
        const QModelIndex us = model.index(1, 0, regions);
        QCOMPARE(us.data().toString(), QStringLiteral("[1]"));
        QCOMPARE(us.data(TokenTreeModel::RawValueRole).value<QJsonValue>(), QJsonValue(QStringLiteral("us")));
        QCOMPARE(model.rowCount(us), 0);
        QVERIFY(model.flags(us).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!model.flags(regions).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!model.indexForPath(QStringLiteral("/payload/https:~1~1example.com~1profile/nope")).isValid());
        QVERIFY(!model.indexForPath(QStringLiteral("/payload/aud/2")).isValid());
    }

    void explainsClaimsAndShowsTimes()
    {
        TokenTreeModel model;
        model.setInspection(inspectAt(auth0Token(), Now));

        const QModelIndex sub = model.indexForPath(QStringLiteral("/payload/sub"));
        QCOMPARE(text(sub, TokenTreeModel::MeaningColumn), describeClaim(QStringLiteral("sub")).explanation);
        QVERIFY(!text(sub, TokenTreeModel::MeaningColumn).isEmpty());
        QCOMPARE(sub.data(TokenTreeModel::ClaimSourceRole).toInt(), int(describeClaim(QStringLiteral("sub")).source));
        QCOMPARE(sub.data(TokenTreeModel::IsTimeRole).toBool(), false);
        const QString tooltip = text(sub, TokenTreeModel::MeaningColumn, Qt::ToolTipRole);
        QVERIFY2(tooltip.contains(describeClaim(QStringLiteral("sub")).explanation), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(sourceName(describeClaim(QStringLiteral("sub")).source)), qPrintable(tooltip));

        const QModelIndex kid = model.indexForPath(QStringLiteral("/header/kid"));
        QCOMPARE(text(kid, TokenTreeModel::MeaningColumn), describeHeaderParameter(QStringLiteral("kid")).explanation);

        const qint64 exp = Now.toSecsSinceEpoch() - 60 + 86400;
        const QModelIndex expIndex = model.indexForPath(QStringLiteral("/payload/exp"));
        QCOMPARE(expIndex.data(TokenTreeModel::IsTimeRole).toBool(), true);
        QCOMPARE(expIndex.data(TokenTreeModel::IsVolatileRole).toBool(), true);
        QCOMPARE(text(expIndex, TokenTreeModel::MeaningColumn), describeTime(QStringLiteral("exp"), exp, Now));
        QVERIFY2(text(expIndex, TokenTreeModel::MeaningColumn).contains(QStringLiteral("expires in 23 h 59 min")),
                 qPrintable(text(expIndex, TokenTreeModel::MeaningColumn)));
        QVERIFY(text(expIndex, TokenTreeModel::MeaningColumn, Qt::ToolTipRole)
                    .contains(describeClaim(QStringLiteral("exp")).explanation));

        // The Value column's tooltip carries the whole value, so nothing is lost to elision.
        const QModelIndex scope = model.indexForPath(QStringLiteral("/payload/scope"));
        QCOMPARE(text(scope, TokenTreeModel::ValueColumn, Qt::ToolTipRole),
                 QStringLiteral("openid profile email read:invoices write:invoices"));
    }

    void refreshesTheSameTokenInPlace()
    {
        TokenTreeModel model;
        model.setInspection(inspectAt(auth0Token(), Now));
        const QPersistentModelIndex exp = model.indexForPath(QStringLiteral("/payload/exp"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setInspection(inspectAt(auth0Token(), Now.addSecs(2 * 3600)));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 2); // header rows, payload rows
        QVERIFY(exp.isValid());
        QVERIFY2(text(exp, TokenTreeModel::MeaningColumn).contains(QStringLiteral("expires in 21 h 59 min")),
                 qPrintable(text(exp, TokenTreeModel::MeaningColumn)));

        model.setInspection(inspectAt(test::mintToken(test::rs256Header(), {{QStringLiteral("sub"), 1}}), Now));
        QCOMPARE(resets.size(), 1);
        QVERIFY(!exp.isValid());
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
    }

    void clearsWithAReset()
    {
        TokenTreeModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(resets.size(), 0); // nothing to clear
        model.setInspection(inspectAt(auth0Token(), Now));
        QVERIFY(!model.isEmpty());
        model.clear();
        QCOMPARE(resets.size(), 2);
        QVERIFY(model.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexForPath(QStringLiteral("/payload/sub")).isValid());
    }

    void summarisesAndCopiesJsonValues_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("copy");
        QTest::newRow("string") << QJsonValue(QStringLiteral("a \"b\"")) << "a \"b\""
                                << "a \"b\"";
        QTest::newRow("large integer") << QJsonValue(qint64(4102444800)) << "4102444800"
                                       << "4102444800";
        QTest::newRow("fraction") << QJsonValue(1.5) << "1.5"
                                  << "1.5";
        QTest::newRow("true") << QJsonValue(true) << "true"
                              << "true";
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "null"
                              << "null";
        QTest::newRow("one item") << QJsonValue(QJsonArray{1}) << "[1 item]"
                                  << "[1]";
        QTest::newRow("empty array") << QJsonValue(QJsonArray{}) << "[0 items]"
                                     << "[]";
        QTest::newRow("one key") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << "{1 key}"
                                 << R"({"a":1})";
    }
    void summarisesAndCopiesJsonValues()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, summary);
        QFETCH(QString, copy);
        QCOMPARE(TokenTreeModel::summarise(value), summary);
        QCOMPARE(TokenTreeModel::copyText(value), copy);
    }
};

QTEST_GUILESS_MAIN(TestTokenTreeModel)
#include "TestTokenTreeModel.moc"
