#include "common/JsonLineWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace orglens;
using namespace Qt::StringLiterals;

class TestJsonLineWriter : public QObject {
    Q_OBJECT
private slots:
    void stringsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"auth0|alice"_s;
        QTest::newRow("quotes and backslash") << u"say \"hi\" \\ bye"_s;
        QTest::newRow("control characters") << QString::fromUtf8("line\nbreak\ttab\r\x01\x1f end");
        QTest::newRow("non-ASCII") << u"Zoë — 日本 🙂"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("only specials") << u"\"\"\\\n"_s;
    }
    void stringsRoundTrip()
    {
        QFETCH(QString, text);
        JsonLineWriter json;
        json.beginObject().key("value"_L1).string(text).endObject();
        QVERIFY(!json.bytes().contains('\n'));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.bytes(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(u"value"_s).toString(), text);
    }

    void nestingAndScalars()
    {
        JsonLineWriter json;
        json.beginObject()
            .key("n"_L1)
            .number(-42)
            .key("t"_L1)
            .boolean(true)
            .key("f"_L1)
            .boolean(false)
            .key("z"_L1)
            .null()
            .key("absent"_L1)
            .nullableString(QString())
            .key("list"_L1)
            .beginArray()
            .string(u"a"_s)
            .number(1)
            .beginObject()
            .endObject()
            .beginArray()
            .endArray()
            .endArray()
            .key("raw"_L1)
            .raw(R"({"x":[1,2]})")
            .endObject();
        QCOMPARE(json.bytes(),
                 QByteArray(
                     R"({"n":-42,"t":true,"f":false,"z":null,"absent":null,"list":["a",1,{},[]],"raw":{"x":[1,2]}})"));
        QVERIFY(!QJsonDocument::fromJson(json.bytes()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestJsonLineWriter)
#include "TestJsonLineWriter.moc"
