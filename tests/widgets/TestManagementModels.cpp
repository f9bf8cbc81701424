// The table models of the Bulk and Audit views: stages of a bulk run, CSV export, audit entries newest first.
#include "AuditTableModel.h"
#include "BulkResultModel.h"
#include "management/CsvReader.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace orglens;
using widgets::AuditTableModel;
using widgets::BulkResultModel;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestManagementModels : public QObject {
    Q_OBJECT

private slots:
    void bulkStages()
    {
        BulkResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setErrors({{7, s("duplicate user")}, {3, s("unknown user")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BulkResultModel::LineColumn).data().toInt(), 3); // sorted by line
        QCOMPARE(model.count(s("invalid")), 2);

        management::BulkPlan plan;
        plan.rows = {{2, s("auth0|a"), s("org_x"), QJsonValue(), false},
                     {3, s("auth0|b"), s("org_x"), s("org_x"), true}};
        model.setPlan(plan);
        QCOMPARE(model.count(s("change")), 1);
        QCOMPARE(model.count(s("unchanged")), 1);
        QCOMPARE(model.index(0, BulkResultModel::BeforeColumn).data().toString(), s("(none)"));

        model.setResults({{2, s("auth0|a"), s("org_x"), QJsonValue(), management::RowStatus::Failed,
                           s("403 Forbidden: \"scope\", x")},
                          {3, s("auth0|b"), s("org_x"), s("org_x"), management::RowStatus::NotStarted, QString()}});
        QCOMPARE(model.count(s("failed")), 1);
        QCOMPARE(model.count(s("not-started")), 1);
        QCOMPARE(model.index(1, BulkResultModel::StatusColumn).data().toString(), s("Not started"));
    }

    void bulkCsvRoundTrips()
    {
        BulkResultModel model;
        const QString detail = s("line one, with \"quotes\"\nline two");
        model.setResults({{2, s("auth0|a"), s("org_x"), s("org_y"), management::RowStatus::Failed, detail}});
        const QByteArray csv = model.toCsv();
        QVERIFY(csv.startsWith("line,user_id,org_id,before,status,detail\r\n"));
        const auto records = management::parseCsv(csv);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(1).fields,
                 (QStringList{s("2"), s("auth0|a"), s("org_x"), s("org_y"), s("failed"), detail}));
    }

    void auditNewestFirst()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        management::AuditEntry first;
        first.id = s("aaa");
        first.time = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        first.tenant = s("https://acme.eu.auth0.com/");
        first.profile = s("acme");
        first.userId = s("auth0|1");
        first.before = QJsonValue();
        first.after = s("org_x");
        first.source = s("set");
        management::AuditEntry undo = first;
        undo.id = s("bbb");
        undo.before = s("org_x");
        undo.after = QJsonValue();
        undo.source = s("undo");
        undo.undoOf = s("aaa");
        model.setEntries({first, undo});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AuditTableModel::IdColumn).data().toString(), s("bbb"));
        QCOMPARE(model.index(0, AuditTableModel::ChangeColumn).data().toString(), s("org_x → (none)"));
        QCOMPARE(model.index(0, AuditTableModel::SourceColumn).data().toString(), s("undo of aaa"));
        QCOMPARE(model.index(1, AuditTableModel::TenantColumn).data().toString(), s("acme.eu.auth0.com (acme)"));
        QCOMPARE(model.rowOf(s("aaa")), 1);
        QCOMPARE(model.rowOf(s("zzz")), -1);
    }
};

QTEST_MAIN(TestManagementModels)
#include "TestManagementModels.moc"
