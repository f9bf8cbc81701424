#include "FaultInjector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace orglens::demo;

namespace {
QList<bool> sequence(double rate, quint32 seed, int count)
{
    FaultInjector injector(rate, seed);
    QList<bool> fails;
    for (int i = 0; i < count; ++i)
        fails << injector.next().fail;
    return fails;
}
} // namespace

class TestFaultInjector : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameSequence() { QCOMPARE(sequence(0.3, 42, 200), sequence(0.3, 42, 200)); }

    void otherSeedOtherSequence() { QVERIFY(sequence(0.3, 42, 200) != sequence(0.3, 43, 200)); }

    void rateIsRespectedOverManyRequests_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("10%") << 0.1;
        QTest::newRow("50%") << 0.5;
        QTest::newRow("90%") << 0.9;
    }
    void rateIsRespectedOverManyRequests()
    {
        QFETCH(double, rate);
        const auto fails = sequence(rate, 7, 10'000);
        const double share = double(fails.count(true)) / fails.size();
        QVERIFY2(qAbs(share - rate) < 0.03, qPrintable(QString::number(share)));
    }

    void extremesAreExact()
    {
        QVERIFY(!sequence(0.0, 1, 1000).contains(true));
        QVERIFY(!sequence(1.0, 1, 1000).contains(false));
        QVERIFY(!sequence(-3.0, 1, 100).contains(true)); // clamped to 0
        QVERIFY(!sequence(7.0, 1, 100).contains(false)); // clamped to 1
    }

    void numbersRequestsAndCarriesTheDelay()
    {
        FaultInjector injector(0.0, 1, 250);
        QCOMPARE(injector.next().sequence, 1u);
        const auto second = injector.next();
        QCOMPARE(second.sequence, 2u);
        QCOMPARE(second.delayMs, 250);
        QCOMPARE(FaultInjector(0.0, 1, -5).slowMs(), 0);
    }

    void faultBodyIsAuth0Shaped()
    {
        const auto response = FaultInjector::faultError().toResponse();
        QCOMPARE(int(response.statusCode()), 500);
        const auto body = QJsonDocument::fromJson(response.data()).object();
        QCOMPARE(body.value(QStringLiteral("statusCode")).toInt(), 500);
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("Internal Server Error"));
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "TestFaultInjector.moc"
