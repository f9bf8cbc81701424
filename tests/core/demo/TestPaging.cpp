#include "Paging.h"

#include <QJsonDocument>
#include <QTest>

using namespace orglens::demo;

namespace {
QJsonArray numbers(int count)
{
    QJsonArray all;
    for (int i = 0; i < count; ++i)
        all.append(i);
    return all;
}

Paging paging(const QString &query, bool checkpoint = true)
{
    const auto parsed = Paging::fromQuery(QUrlQuery(query), checkpoint);
    if (const auto *error = std::get_if<ManagementError>(&parsed))
        qFatal("unexpected error: %s", qPrintable(error->message));
    return std::get<Paging>(parsed);
}
} // namespace

class TestPaging : public QObject {
    Q_OBJECT
private slots:
    void defaultsToFirstFiftyAsArray()
    {
        const QJsonValue body = paging(QString()).apply(numbers(60), QStringLiteral("users"));
        QVERIFY(body.isArray());
        QCOMPARE(body.toArray().size(), 50);
        QCOMPARE(body.toArray().first().toInt(), 0);
    }

    void offsetPagingWithTotals()
    {
        const QJsonObject body = paging(QStringLiteral("page=2&per_page=4&include_totals=true"))
                                     .apply(numbers(10), QStringLiteral("users"))
                                     .toObject();
        QCOMPARE(body.value(QStringLiteral("start")).toInt(), 8);
        QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 4);
        QCOMPARE(body.value(QStringLiteral("length")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("total")).toInt(), 10);
        QCOMPARE(body.value(QStringLiteral("users")).toArray(), (QJsonArray{8, 9}));
        const QJsonObject members =
            paging(QStringLiteral("include_totals=true")).apply(numbers(1), QStringLiteral("members")).toObject();
        QVERIFY(!members.contains(QStringLiteral("length"))); // only user lists carry "length"
    }

    void pageBeyondTheEndIsEmpty()
    {
        QCOMPARE(
            paging(QStringLiteral("page=5&per_page=10")).apply(numbers(10), QStringLiteral("users")).toArray().size(),
            0);
    }

    void checkpointWalksEverything()
    {
        const QJsonArray all = numbers(7);
        QJsonArray seen;
        QString from;
        int pages = 0;
        do {
            QString query = QStringLiteral("take=3");
            if (!from.isEmpty())
                query += QStringLiteral("&from=") + from;
            const QJsonObject body = paging(query).apply(all, QStringLiteral("members")).toObject();
            for (const auto &value : body.value(QStringLiteral("members")).toArray())
                seen.append(value);
            from = body.value(QStringLiteral("next")).toString();
            ++pages;
        } while (!from.isEmpty());
        QCOMPARE(pages, 3);
        QCOMPARE(seen, all);
    }

    void refusesBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("checkpointAllowed");
        QTest::newRow("per_page too big") << QStringLiteral("per_page=101") << true;
        QTest::newRow("negative page") << QStringLiteral("page=-1") << true;
        QTest::newRow("not a number") << QStringLiteral("page=two") << true;
        QTest::newRow("take zero") << QStringLiteral("take=0") << true;
        QTest::newRow("forged from") << QStringLiteral("from=abc") << true;
        QTest::newRow("checkpoint not supported") << QStringLiteral("take=5") << false;
    }
    void refusesBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(bool, checkpointAllowed);
        const auto parsed = Paging::fromQuery(QUrlQuery(query), checkpointAllowed);
        const auto *error = std::get_if<ManagementError>(&parsed);
        QVERIFY(error);
        QCOMPARE(error->statusCode, 400);
        QCOMPARE(error->errorCode, QStringLiteral("invalid_query_string"));
        QVERIFY(error->message.startsWith(QStringLiteral("Query validation error: ")));
    }
};

QTEST_GUILESS_MAIN(TestPaging)
#include "TestPaging.moc"
