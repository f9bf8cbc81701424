#include "UserQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orglens::demo;

namespace {
QJsonObject user(const QString &id, const QString &name, const char *appMetadataJson, bool verified = true)
{
    const QString local = name.section(u' ', 0, 0).toLower();
    return QJsonObject{
        {QStringLiteral("user_id"), QStringLiteral("auth0|") + local},
        {QStringLiteral("email"), local + QStringLiteral("@example.com")},
        {QStringLiteral("email_verified"), verified},
        {QStringLiteral("name"), name},
        {QStringLiteral("nickname"), local},
        {QStringLiteral("logins_count"), id == QLatin1String("alice") ? 5 : 0},
        {QStringLiteral("identities"),
         QJsonArray{QJsonObject{{QStringLiteral("connection"), QStringLiteral("Username-Password-Authentication")},
                                {QStringLiteral("provider"), QStringLiteral("auth0")},
                                {QStringLiteral("user_id"), local},
                                {QStringLiteral("isSocial"), false}}}},
        {QStringLiteral("app_metadata"), QJsonDocument::fromJson(appMetadataJson).object()},
        {QStringLiteral("user_metadata"),
         id == QLatin1String("bob") ? QJsonObject{{QStringLiteral("theme"), QStringLiteral("dark")}} : QJsonObject()}};
}

const QList<QJsonObject> &users()
{
    static const QList<QJsonObject> all{
        user(QStringLiteral("alice"), QStringLiteral("Alice Example"),
             R"({"default_org_id":"org_acme","plan":"gold","region":"eu"})"),
        user(QStringLiteral("bob"), QStringLiteral("Bob Example"), R"({"plan":"free"})"),
        user(QStringLiteral("carol"), QStringLiteral("Carol Example"), R"({"default_org_id":"org_globex"})"),
        user(QStringLiteral("dave"), QStringLiteral("Dave Example"), R"({})", false)};
    return all;
}
} // namespace

class TestUserQuery : public QObject {
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // matching nicknames, comma-separated

        QTest::newRow("blank matches all") << QStringLiteral("  ") << QStringLiteral("alice,bob,carol,dave");
        QTest::newRow("nested quoted") << QStringLiteral("app_metadata.default_org_id:\"org_acme\"")
                                       << QStringLiteral("alice");
        QTest::newRow("nested unquoted") << QStringLiteral("app_metadata.default_org_id:org_globex")
                                         << QStringLiteral("carol");
        QTest::newRow("email exact") << QStringLiteral("email:\"bob@example.com\"") << QStringLiteral("bob");
        QTest::newRow("case-insensitive") << QStringLiteral("email:BOB@Example.com") << QStringLiteral("bob");
        QTest::newRow("wildcard suffix") << QStringLiteral("email:c*") << QStringLiteral("carol");
        QTest::newRow("wildcard on user_id")
            << QStringLiteral("user_id:auth0|*") << QStringLiteral("alice,bob,carol,dave");
        QTest::newRow("exact is not prefix") << QStringLiteral("email:alice") << QString();
        QTest::newRow("quoted value with space") << QStringLiteral("name:\"Dave Example\"") << QStringLiteral("dave");
        QTest::newRow("OR") << QStringLiteral("app_metadata.plan:gold OR app_metadata.plan:free")
                            << QStringLiteral("alice,bob");
        QTest::newRow("AND") << QStringLiteral("app_metadata.plan:gold AND app_metadata.region:eu")
                             << QStringLiteral("alice");
        QTest::newRow("implicit AND") << QStringLiteral("app_metadata.plan:free email:alice*") << QString();
        QTest::newRow("NOT") << QStringLiteral("NOT _exists_:app_metadata.default_org_id")
                             << QStringLiteral("bob,dave");
        QTest::newRow("minus") << QStringLiteral("email:dave* -nickname:dave") << QString();
        QTest::newRow("minus with exists")
            << QStringLiteral("_exists_:app_metadata.plan -app_metadata.plan:gold") << QStringLiteral("bob");
        QTest::newRow("parentheses") << QStringLiteral("(nickname:alice OR nickname:bob) AND app_metadata.plan:free")
                                     << QStringLiteral("bob");
        QTest::newRow("nested parentheses")
            << QStringLiteral("NOT (nickname:alice OR (nickname:bob OR nickname:carol))") << QStringLiteral("dave");
        QTest::newRow("exists") << QStringLiteral("_exists_:user_metadata.theme") << QStringLiteral("bob");
        QTest::newRow("field star exists") << QStringLiteral("app_metadata.region:*") << QStringLiteral("alice");
        QTest::newRow("bool value") << QStringLiteral("email_verified:false") << QStringLiteral("dave");
        QTest::newRow("number value") << QStringLiteral("logins_count:5") << QStringLiteral("alice");
        QTest::newRow("array field") << QStringLiteral("identities.connection:\"Username-Password-Authentication\"")
                                     << QStringLiteral("alice,bob,carol,dave");
        QTest::newRow("bare term email") << QStringLiteral("carol@example.com") << QStringLiteral("carol");
        QTest::newRow("bare term name word") << QStringLiteral("Alice") << QStringLiteral("alice");
        QTest::newRow("bare term user_id") << QStringLiteral("auth0|dave") << QStringLiteral("dave");
        QTest::newRow("bare wildcard") << QStringLiteral("exam*") << QStringLiteral("alice,bob,carol,dave");
        QTest::newRow("bare quoted name") << QStringLiteral("\"bob example\"") << QStringLiteral("bob");
        QTest::newRow("unknown field") << QStringLiteral("app_metadata.nothing:x") << QString();
        QTest::newRow("escaped colon") << QStringLiteral("nickname:ali\\:ce") << QString();
        QTest::newRow("precedence AND over OR")
            << QStringLiteral("nickname:dave OR nickname:alice AND app_metadata.plan:free") << QStringLiteral("dave");
    }
    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const auto parsed = UserQuery::parse(query);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QStringList matched;
        for (const auto &candidate : users()) {
            if (parsed->matches(candidate))
                matched << candidate.value(QStringLiteral("nickname")).toString();
        }
        QCOMPARE(matched.join(u','), expected);
    }

    void rejectsBadSyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unclosed paren") << QStringLiteral("(email:a OR email:b") << QStringLiteral("never closed");
        QTest::newRow("stray close") << QStringLiteral("email:a)") << QStringLiteral("without a matching '('");
        QTest::newRow("unclosed quote") << QStringLiteral("email:\"alice") << QStringLiteral("quote is never closed");
        QTest::newRow("missing value") << QStringLiteral("email:") << QStringLiteral("needs a value");
        QTest::newRow("dangling AND") << QStringLiteral("email:a AND") << QStringLiteral("at the end");
        QTest::newRow("leading OR") << QStringLiteral("OR email:a") << QStringLiteral("found an operator");
        QTest::newRow("double operator") << QStringLiteral("email:a AND OR email:b")
                                         << QStringLiteral("found an operator");
        QTest::newRow("empty parens") << QStringLiteral("()") << QStringLiteral("before ')'");
        QTest::newRow("leading wildcard")
            << QStringLiteral("email:*example.com") << QStringLiteral("only supported at the end");
        QTest::newRow("question mark") << QStringLiteral("email:a?c") << QStringLiteral("only supported at the end");
        QTest::newRow("bad field") << QStringLiteral("app..metadata:x") << QStringLiteral("not a field name");
        QTest::newRow("bare star") << QStringLiteral("*") << QStringLiteral("needs a field");
        QTest::newRow("lonely minus") << QStringLiteral("- email:a") << QStringLiteral("'-' must be followed");
        QTest::newRow("trailing backslash") << QStringLiteral("email:a\\") << QStringLiteral("backslash");
    }
    void rejectsBadSyntax()
    {
        QFETCH(QString, query);
        QFETCH(QString, messagePart);
        const auto parsed = UserQuery::parse(query);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("invalid_query_string"));
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(QStringLiteral("at character ")), qPrintable(parsed.error().message));
    }

    void reportsThePosition()
    {
        const auto parsed = UserQuery::parse(QStringLiteral("email:a AND (name:b"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.startsWith(QStringLiteral("Invalid query string at character 13:")),
                 qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestUserQuery)
#include "TestUserQuery.moc"
