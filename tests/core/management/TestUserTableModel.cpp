#include "management/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace orglens::management;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonArray users()
{
    return QJsonDocument::fromJson(R"([
        {"user_id":"auth0|alice","email":"alice@example.com","name":"Alice Example",
         "app_metadata":{"default_org_id":"org_acme","plan":"gold"}},
        {"user_id":"auth0|bob","email":"bob@example.com","name":"Bob Example","app_metadata":{"plan":"free"}}
    ])")
        .array();
}

} // namespace

class TestUserTableModel : public QObject {
    Q_OBJECT

private slots:
    void rowsAndColumns()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setUsers(users());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
        QCOMPARE(model.index(0, UserTableModel::DefaultOrgColumn).data().toString(), s("org_acme"));
        QCOMPARE(model.index(1, UserTableModel::DefaultOrgColumn).data().toString(), QString());
        QCOMPARE(model.index(1, UserTableModel::EmailColumn).data().toString(), s("bob@example.com"));
        QCOMPARE(model.headerData(UserTableModel::DefaultOrgColumn, Qt::Horizontal).toString(),
                 s("Default organization"));
        QCOMPARE(model.index(0, 0).data(Qt::UserRole).toJsonObject().value(s("name")).toString(), s("Alice Example"));
    }

    void updateUser()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsers(users());
        QJsonObject bob = model.user(1);
        bob.insert(s("app_metadata"), QJsonObject{{s("plan"), s("free")}, {s("default_org_id"), s("org_acme")}});
        QVERIFY(model.updateUser(bob));
        QCOMPARE(model.index(1, UserTableModel::DefaultOrgColumn).data().toString(), s("org_acme"));
        QVERIFY(!model.updateUser(QJsonObject{{s("user_id"), s("auth0|nobody")}}));
        model.setUsers({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "TestUserTableModel.moc"
