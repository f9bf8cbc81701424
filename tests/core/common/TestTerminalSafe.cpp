// What reaches a terminal from servers, CSV files and tokens: escape sequences, controls and bidi overrides are made
// visible; ordinary text (accents, emoji, tabs, new lines) is left alone; UTF-8 split across writes survives.
#include "common/TerminalSafe.h"

#include <QBuffer>
#include <QTest>

using namespace orglens;

class TestTerminalSafe : public QObject {
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("org_acme\tAcme Corp\n") << QStringLiteral("org_acme\tAcme Corp\n");
        QTest::newRow("accents and emoji") << QString::fromUtf8("Société 🚀") << QString::fromUtf8("Société 🚀");
        QTest::newRow("ANSI colour") << QStringLiteral("\x1b[31mred") << QStringLiteral("\\u001b[31mred");
        QTest::newRow("carriage return") << QStringLiteral("ok\rEVIL") << QStringLiteral("ok\\u000dEVIL");
        QTest::newRow("bell, NUL, DEL") << QString::fromLatin1("a\x07"
                                                               "b\x00"
                                                               "c\x7f",
                                                               6)
                                        << QStringLiteral("a\\u0007b\\u0000c\\u007f");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("\\u009b2J");
        QTest::newRow("right-to-left override")
            << QString::fromUtf8("user\u202Egnp.exe") << QStringLiteral("user\\u202egnp.exe");
        QTest::newRow("isolates and marks")
            << QString::fromUtf8("\u2066a\u2069\u200f\u061c") << QStringLiteral("\\u2066a\\u2069\\u200f\\u061c");
    }

    void escapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(terminalSafe(input), expected);
    }

    void deviceKeepsSplitUtf8Whole()
    {
        QBuffer target;
        target.open(QIODevice::WriteOnly);
        TerminalSafeDevice device(&target);
        QVERIFY(device.open(QIODevice::WriteOnly));
        const QByteArray text = QString::fromUtf8("é🚀\u202E\x1b!").toUtf8();
        for (char byte : text) // one byte per write: every multi-byte sequence is split
            QCOMPARE(device.write(&byte, 1), 1);
        QCOMPARE(QString::fromUtf8(target.data()), QString::fromUtf8("é🚀\\u202e\\u001b!"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalSafe)
#include "TestTerminalSafe.moc"
