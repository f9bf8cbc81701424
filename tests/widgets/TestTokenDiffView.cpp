#include "TokenDiffView.h"
#include "UnsignedTokens.h"
#include "jwt/TokenDiffModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace orglens;
using orglens::widgets::TokenDiffView;

class TestTokenDiffView : public QObject {
    Q_OBJECT
private slots:
    void onlyDifferencesHidesUnchangedRows()
    {
        const QString before = test::unsignedToken(
            {{QStringLiteral("sub"), QStringLiteral("a")}, {QStringLiteral("iat"), 1}, {QStringLiteral("old"), true}});
        const QString after = test::unsignedToken({{QStringLiteral("sub"), QStringLiteral("a")},
                                                   {QStringLiteral("iat"), 2},
                                                   {QStringLiteral("org_id"), QStringLiteral("org_acme")}});
        TokenDiffView view;
        view.show();
        view.setTokens(before, after);
        auto *table = view.findChild<QTreeView *>(QStringLiteral("diffTable"));
        QVERIFY(table);
        const int all = table->model()->rowCount();
        QVERIFY(all > 3); // header parameters and sub are unchanged
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("diffSummary"))
                    ->text()
                    .startsWith(QStringLiteral("1 added (+), 1 removed")));

        auto *only = view.findChild<QCheckBox *>(QStringLiteral("onlyDifferences"));
        QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
        QVERIFY(only->isChecked());
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown << table->model()->index(row, 0).data(jwt::TokenDiffModel::PathRole).toString();
        QCOMPARE(shown, (QStringList{QStringLiteral("/payload/iat"), QStringLiteral("/payload/old"),
                                     QStringLiteral("/payload/org_id")}));
        QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
        QCOMPARE(table->model()->rowCount(), all);
    }

    void reportsATokenThatDoesNotDecode()
    {
        TokenDiffView view;
        view.setTokens(QStringLiteral("not a token"), test::unsignedToken({{QStringLiteral("sub"), 1}}));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("diffSummary"))->text().startsWith(QStringLiteral("Before: ")));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void comparesATokenBrokenOverLinesAndSaysSo()
    {
        const QString token = test::unsignedToken({{QStringLiteral("sub"), QStringLiteral("a")}});
        TokenDiffView view;
        view.setTokens(test::brokenOverLines(token), token);
        QVERIFY(view.model()->rowCount() > 0);
        const QString summary = view.findChild<QLabel *>(QStringLiteral("diffSummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("The two tokens have the same claims.")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Note: Before: Removed line breaks/spaces inside the token.")),
                 qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("After:")), qPrintable(summary));
    }
};

QTEST_MAIN(TestTokenDiffView)
#include "TestTokenDiffView.moc"
