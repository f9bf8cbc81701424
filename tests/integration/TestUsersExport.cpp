// Users export jobs on the demo tenant over real HTTP: json (NDJSON) and csv files with chosen fields, export_as,
// limit and nested app_metadata fields, the gzip file checked line by line against GET /api/v2/users; the job's
// states, its location (no bearer, 60 seconds on the tenant's clock, a fresh one on every GET), Auth0's error bodies
// and scopes.
#include "UsersExportClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace orglens;
using namespace orglens::test;
using namespace std::chrono_literals;
using Tenant = ManagementTestTenant;

namespace {

constexpr int SyntheticUsers = 300;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject field(const char *name, const char *exportAs = nullptr)
{
    QJsonObject json{{s("name"), s(name)}};
    if (exportAs)
        json.insert(s("export_as"), s(exportAs));
    return json;
}

// The lines of the export's file (none when it is not gzip).
QList<QByteArray> lines(const UsersExportRun &run)
{
    QList<QByteArray> result = test::gunzip(run.gzip).value_or(QByteArray()).split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast(); // after the last newline
    return result;
}

// The cells of one CSV row whose cells are either quoted (quotes doubled inside) or plain.
QStringList csvCells(const QByteArray &row)
{
    QStringList cells;
    const QString text = QString::fromUtf8(row);
    QString cell;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes && c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
            cell += u'"';
            ++i;
        } else if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (c == u',' && !inQuotes) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    return cells << cell;
}

} // namespace

class TestUsersExport : public QObject {
    Q_OBJECT

    std::unique_ptr<Tenant> m_tenant;
    QByteArray m_token;
    QJsonArray m_users; // every user, as GET /api/v2/users returns them, in the tenant's order

    void expectError(const HttpReply &reply, int status, const QString &error, const QString &message,
                     const QString &errorCode)
    {
        const QJsonObject expected{
            {s("statusCode"), status}, {s("error"), error}, {s("message"), message}, {s("errorCode"), errorCode}};
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().object(), expected);
    }

    // A token of the tenant with only `scope`, as if a client had been granted just that.
    QByteArray tokenWithScope(const QString &scope)
    {
        const qint64 now = m_tenant->fixture.clock().now().toSecsSinceEpoch();
        return m_tenant->tenant.signingKey().sign(
            {}, QJsonObject{{s("iss"), m_tenant->tenant.issuer().toString()},
                            {s("sub"), s("demo-m2m@clients")},
                            {s("aud"), m_tenant->tenant.managementAudience().toString()},
                            {s("iat"), now},
                            {s("exp"), now + 600},
                            {s("scope"), scope},
                            {s("gty"), s("client-credentials")}});
    }

private slots:
    void initTestCase()
    {
        demo::DemoTenantOptions options = test::DemoTenantFixture::testOptions();
        options.syntheticUsers = SyntheticUsers;
        m_tenant = std::make_unique<Tenant>(options);
        m_token = m_tenant->token();
        for (int page = 0; m_users.size() < SyntheticUsers + 4; ++page) {
            const HttpReply reply = m_tenant->get(s("users?per_page=100&page=%1").arg(page), m_token);
            VERIFY_STATUS(reply, 200);
            QVERIFY(!reply.json().array().isEmpty());
            for (const QJsonValue &user : reply.json().array())
                m_users.append(user);
        }
        QCOMPARE(m_users.size(), SyntheticUsers + 4);
    }

    void jsonExportHasTheChosenFieldsOfEveryUser()
    {
        const QJsonArray fields{field("user_id"), field("email", "mail"),
                                field("app_metadata.default_org_id", "default_org"), field("app_metadata"),
                                field("identities[0].connection", "provider")};
        const UsersExportRun run =
            runUsersExport(*m_tenant, m_token, {{s("format"), s("json")}, {s("fields"), fields}});
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));

        QCOMPARE(run.created.value(s("type")).toString(), s("users_export"));
        QCOMPARE(run.created.value(s("status")).toString(), s("pending"));
        QCOMPARE(run.created.value(s("format")).toString(), s("json"));
        QCOMPARE(run.created.value(s("fields")).toArray(), fields);
        QVERIFY(QRegularExpression(s("^job_[A-Za-z0-9]{16}$")).match(run.created.value(s("id")).toString()).hasMatch());
        QVERIFY(QDateTime::fromString(run.created.value(s("created_at")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!run.created.contains(s("location")));
        QCOMPARE(run.completed.value(s("id")), run.created.value(s("id")));
        QVERIFY(run.completed.value(s("location"))
                    .toString()
                    .startsWith(m_tenant->tenant.issuer().toString() + s("user-exports/")));
        QVERIFY(run.completed.value(s("location")).toString().endsWith(s(".json.gz")));

        const QList<QByteArray> rows = lines(run);
        QCOMPARE(rows.size(), m_users.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject user = m_users.at(i).toObject();
            const QJsonObject metadata = user.value(s("app_metadata")).toObject();
            QJsonObject expected{{s("user_id"), user.value(s("user_id"))},
                                 {s("mail"), user.value(s("email"))},
                                 {s("app_metadata"), metadata},
                                 {s("provider"), s("Username-Password-Authentication")}};
            if (metadata.contains(s("default_org_id")))
                expected.insert(s("default_org"), metadata.value(s("default_org_id")));
            QCOMPARE(QJsonDocument::fromJson(rows.at(i)).object(), expected);
        }
        QCOMPARE(QJsonDocument::fromJson(rows.at(0)).object().value(s("default_org")).toString(), s("org_acme"));
        QCOMPARE(QJsonDocument::fromJson(rows.at(2)).object().value(s("default_org")).toString(), s("org_globex"));
        QVERIFY(!QJsonDocument::fromJson(rows.at(1)).object().contains(s("default_org"))); // bob has none
    }

    void csvExportEscapesLikeAuth0AndStopsAtTheLimit()
    {
        const QJsonArray fields{field("user_id"), field("email", "Email"), field("app_metadata.default_org_id"),
                                field("email_verified")};
        const UsersExportRun run = runUsersExport(*m_tenant, m_token,
                                                  {{s("format"), s("csv")},
                                                   {s("limit"), 3},
                                                   {s("fields"), fields},
                                                   {s("connection_id"), s("con_demoDatabase0001")}});
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        QCOMPARE(run.created.value(s("limit")).toInt(), 3);
        QCOMPARE(run.created.value(s("connection")).toString(), s("Username-Password-Authentication"));
        QCOMPARE(run.created.value(s("connection_id")).toString(), s("con_demoDatabase0001"));
        QVERIFY(run.completed.value(s("location")).toString().endsWith(s(".csv.gz")));

        const QList<QByteArray> rows = lines(run);
        QCOMPARE(rows.size(), 1 + 3);
        QCOMPARE(csvCells(rows.at(0)),
                 (QStringList{s("user_id"), s("Email"), s("app_metadata.default_org_id"), s("email_verified")}));
        // Strings are quoted with a leading ' (Auth0's CSV injection guard).
        QCOMPARE(rows.at(1), QByteArray("\"'auth0|alice\",\"'alice@example.com\",\"'org_acme\",true"));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QJsonObject user = m_users.at(i - 1).toObject();
            const QJsonValue org = user.value(s("app_metadata")).toObject().value(s("default_org_id"));
            QCOMPARE(
                csvCells(rows.at(i)),
                (QStringList{u'\'' + user.value(s("user_id")).toString(), u'\'' + user.value(s("email")).toString(),
                             org.isUndefined() ? QString() : u'\'' + org.toString(),
                             user.value(s("email_verified")).toBool() ? s("true") : s("false")}));
        }
        QCOMPARE(csvCells(rows.at(3)).at(2), s("'org_globex"));
    }

    void locationNeedsNoTokenAndLastsSixtySeconds()
    {
        const UsersExportRun run =
            runUsersExport(*m_tenant, m_token, {{s("format"), s("json")}, {s("fields"), QJsonArray{field("user_id")}}});
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        const QUrl location(run.completed.value(s("location")).toString());
        QString guessed = location.toString();
        guessed.replace(location.path().section(u'/', 2, 2), s("not-the-token"));
        QCOMPARE(m_tenant->http.get(QUrl(guessed)).status, 403);

        m_tenant->fixture.clock().advance(61s);
        QCOMPARE(m_tenant->http.get(location).status, 403);
        const HttpReply again = m_tenant->get(s("jobs/") + run.created.value(s("id")).toString(), m_token);
        VERIFY_STATUS(again, 200);
        const QUrl renewed(again.json().object().value(s("location")).toString());
        QVERIFY(renewed != location);
        const HttpReply file = m_tenant->http.get(renewed);
        VERIFY_STATUS(file, 200);
        QCOMPARE(file.body, run.gzip);
    }

    void errorsHaveAuth0sBodies()
    {
        expectError(m_tenant->get(s("jobs/job_0000000000000000"), m_token), 404, s("Not Found"),
                    s("The job does not exist."), s("inexistent_job"));
        expectError(m_tenant->post(s("jobs/users-exports"), m_token, compactJson({{s("format"), s("xml")}})), 400,
                    s("Bad Request"),
                    s("Payload validation error: 'No enum match for: \"xml\"' on property format (Format of the file. "
                      "Must be json or csv)."),
                    s("invalid_body"));
        expectError(
            m_tenant->post(s("jobs/users-exports"), m_token, compactJson({{s("limit"), 0}})), 400, s("Bad Request"),
            s("Payload validation error: 'Value 0 is less than minimum 1' on property limit."), s("invalid_body"));
        expectError(m_tenant->post(s("jobs/users-exports"), m_token,
                                   compactJson({{s("connection_id"), s("con_0000000000000000")}})),
                    404, s("Not Found"), s("The connection does not exist."), s("inexistent_connection"));
        const HttpReply wholeMetadata =
            m_tenant->post(s("jobs/users-exports"), m_token,
                           compactJson({{s("format"), s("csv")}, {s("fields"), QJsonArray{field("app_metadata")}}}));
        VERIFY_STATUS(wholeMetadata, 400);
        QCOMPARE(wholeMetadata.json().object().value(s("errorCode")).toString(), s("invalid_body"));
        VERIFY_STATUS(m_tenant->post(s("jobs/users-exports"), m_token, "not json"), 400);
        VERIFY_STATUS(m_tenant->get(s("jobs/not-a-job-id"), m_token), 400);
    }

    void scopesAreAuth0s()
    {
        const QByteArray logsOnly = tokenWithScope(s("read:logs"));
        expectError(m_tenant->post(s("jobs/users-exports"), logsOnly, compactJson({{s("format"), s("json")}})), 403,
                    s("Forbidden"), s("Insufficient scope, expected any of: read:users"), s("insufficient_scope"));
        expectError(m_tenant->get(s("jobs/job_0000000000000000"), logsOnly), 403, s("Forbidden"),
                    s("Insufficient scope, expected any of: create:users,read:users,create:passwords_checking_job"),
                    s("insufficient_scope"));
        VERIFY_STATUS(m_tenant->post(s("jobs/users-exports"), {}, compactJson({{s("format"), s("json")}})), 401);
        // read:users alone is enough for both.
        const UsersExportRun run = runUsersExport(*m_tenant, tokenWithScope(s("read:users")), {{s("limit"), 1}});
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        // Without fields, a predefined set; without a format, csv.
        QCOMPARE(csvCells(lines(run).at(0)), (QStringList{s("user_id"), s("email"), s("email_verified"), s("name"),
                                                          s("nickname"), s("created_at"), s("updated_at")}));
        QCOMPARE(lines(run).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestUsersExport)
#include "TestUsersExport.moc"
