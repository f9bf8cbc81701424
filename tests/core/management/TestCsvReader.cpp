#include "management/BulkPlan.h"
#include "management/CsvReader.h"

#include <QTest>

using namespace orglens::management;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList sl(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << s(text);
    return list;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<QStringList>>("fields");
        QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << QList<int>{1, 2}
                            << QList<QStringList>{sl({"a", "b"}), sl({"c", "d"})};
        QTest::newRow("crlf, no final newline")
            << QByteArray("a,b\r\nc,d") << QList<int>{1, 2} << QList<QStringList>{sl({"a", "b"}), sl({"c", "d"})};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFuser_id,org_id\n") << QList<int>{1}
                             << QList<QStringList>{sl({"user_id", "org_id"})};
        QTest::newRow("quoted comma and escaped quote") << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n") << QList<int>{1}
                                                        << QList<QStringList>{sl({"a,b", "say \"hi\""})};
        QTest::newRow("embedded newline keeps line numbers")
            << QByteArray("h1,h2\r\n\"two\r\nlines\",x\r\nnext,y\r\n") << QList<int>{1, 2, 4}
            << QList<QStringList>{sl({"h1", "h2"}), sl({"two\nlines", "x"}), sl({"next", "y"})};
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\nb\n") << QList<int>{1, 4} << QList<QStringList>{sl({"a"}), sl({"b"})};
        QTest::newRow("empty fields") << QByteArray(",\n\"\",x\n") << QList<int>{1, 2}
                                      << QList<QStringList>{sl({"", ""}), sl({"", "x"})};
        QTest::newRow("utf-8") << QByteArray("jos\xC3\xA9@example.com,acme\n") << QList<int>{1}
                               << QList<QStringList>{sl({"jos\xC3\xA9@example.com", "acme"})};
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<int>, lines);
        QFETCH(QList<QStringList>, fields);
        const auto parsed = parseCsv(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(parsed->at(i).line, lines.at(i));
            QCOMPARE(parsed->at(i).fields, fields.at(i));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("where");
        QTest::newRow("unterminated") << QByteArray("a,b\nc,\"open\nmore\n") << s("line 2, column 3");
        QTest::newRow("quote in unquoted field") << QByteArray("a,b\nab\"c,d\n") << s("line 2, column 3");
        QTest::newRow("text after closing quote") << QByteArray("\"a\"x,b\n") << QStringLiteral("line 1, column 4");
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, where);
        const auto parsed = parseCsv(input);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.startsWith(where), qPrintable(parsed.error().message));
    }

    void bulkRows()
    {
        const auto records = parseCsv("user_id,org_id\nauth0|a,acme\nonly-one\n,acme\nauth0|b,org_x,extra\n");
        QVERIFY(records.ok());
        QList<RowError> errors;
        const QList<BulkRow> rows = parseBulkRows(records.value(), errors);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().user, s("auth0|a"));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).line, 3);
        QCOMPARE(errors.at(1).line, 4);
        QCOMPARE(errors.at(2).line, 5);
    }

    void badHeader()
    {
        QList<RowError> errors;
        parseBulkRows(parseCsv("user,org\na,b\n").value(), errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(s("user_id,org_id or email,org_id")));
    }

    void plan()
    {
        const QList<BulkRow> rows{{2, s("auth0|a"), false, s("acme")},      {3, s("auth0|b"), false, s("org_globex")},
                                  {4, s("b@example.com"), true, s("acme")}, {5, s("auth0|zz"), false, s("acme")},
                                  {6, s("auth0|c"), false, s("nope")},      {7, s("auth0|d"), false, s("acme")}};
        BulkLookups lookups;
        lookups.orgIds = {{s("acme"), s("org_acme")}, {s("org_globex"), s("org_globex")}};
        lookups.members = {{s("org_acme"), {s("auth0|a"), s("auth0|b"), s("auth0|c"), s("auth0|d")}},
                           {s("org_globex"), {}}};
        lookups.currentDefault = {{s("auth0|a"), QJsonValue(s("org_acme"))},
                                  {s("auth0|b"), QJsonValue()},
                                  {s("auth0|c"), QJsonValue()},
                                  {s("auth0|d"), QJsonValue(s("org_globex"))}};
        lookups.usersByEmail = {{s("b@example.com"), {s("auth0|b")}}};
        const BulkPlan plan = planBulk(rows, lookups, false);
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).line, 2);
        QVERIFY(plan.rows.at(0).alreadyAtTarget);
        QCOMPARE(plan.rows.at(1).line, 7);
        QVERIFY(!plan.rows.at(1).alreadyAtTarget);
        QCOMPARE(plan.rows.at(1).before, QJsonValue(s("org_globex")));
        QCOMPARE(plan.toChange(), 1);
        QStringList lines;
        for (const auto &error : plan.errors)
            lines << QString::number(error.line) + u':' + error.message;
        const QString all = lines.join(u'\n');
        QCOMPARE(plan.errors.size(), 4);
        QVERIFY2(lines.at(0).startsWith(s("3:")) && lines.at(0).contains(s("not a member")), qPrintable(all));
        QVERIFY2(lines.at(1).startsWith(s("4:")) &&
                     lines.at(1).contains(s("duplicate user auth0|b (already on line 3)")),
                 qPrintable(all));
        QVERIFY2(lines.at(2).startsWith(s("5:")) && lines.at(2).contains(s("unknown user")), qPrintable(all));
        QVERIFY2(lines.at(3).startsWith(s("6:")) && lines.at(3).contains(s("unknown organization nope")),
                 qPrintable(all));
        // With --allow-non-member line 3 is fine.
        QCOMPARE(planBulk(rows, lookups, true).errors.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
