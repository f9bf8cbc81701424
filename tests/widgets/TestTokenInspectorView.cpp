#include "MintToken.h"
#include "StatusColours.h"
#include "TokenInspectorView.h"
#include "UnsignedTokens.h"
#include "jwt/ClaimCatalogue.h"
#include "jwt/TimeText.h"
#include "jwt/TokenKind.h"
#include "jwt/TokenTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

using namespace orglens;
using namespace orglens::jwt;
using orglens::widgets::TokenInspectorView;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(9, 37, 27), Qt::UTC);

QString auth0Token()
{
    return test::mintToken(test::rs256Header(), test::auth0AccessTokenPayload(Now.toSecsSinceEpoch() - 60));
}

template <typename T> T *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

// The tree shows the model through the claim filter: a model index as the tree knows it.
QModelIndex inTree(const QTreeView &tree, const QModelIndex &modelIndex)
{
    return qobject_cast<const QSortFilterProxyModel *>(tree.model())->mapFromSource(modelIndex);
}

QString cell(const TokenTreeModel &model, const QString &path, int column)
{
    return model.indexForPath(path).siblingAtColumn(column).data().toString();
}

} // namespace

class TestTokenInspectorView : public QObject {
    Q_OBJECT
private:
    FixedClock m_clock{Now};
    std::unique_ptr<TokenInspectorView> m_view;

    TokenTreeModel &model() const
    {
        return *m_view->treeModel(); // the claim tree's model (the tree is built with the first token)
    }
    QPlainTextEdit *input() const { return child<QPlainTextEdit>(*m_view, "tokenInput"); }
    QLabel *label(const char *name) const { return child<QLabel>(*m_view, name); }

private slots:
    void init()
    {
        m_view = std::make_unique<TokenInspectorView>();
        m_view->setClock(m_clock);
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void startsWithTheEmptyState()
    {
        QVERIFY(label("emptyState")->isVisible());
        QCOMPARE(label("emptyState")->text(), QStringLiteral("Paste a token or log in to start"));
        QVERIFY(!label("decodeError")->isVisible());
        // The results pane is built with the first token.
        QVERIFY(!m_view->findChild<QWidget *>(QStringLiteral("results")));
        QCOMPARE(model().rowCount(), 0);
        QVERIFY(input()->placeholderText().contains(QStringLiteral("Paste a token")));
    }

    void decodesAPastedTokenAndExplainsItsClaims()
    {
        QAbstractItemModelTester tester(&model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        input()->setPlainText(auth0Token()); // as a paste: decoded after the typing delay
        QTRY_COMPARE(model().rowCount(), 2);

        QVERIFY(!label("emptyState")->isVisible());
        QVERIFY(!label("decodeError")->isVisible());
        QCOMPARE(cell(model(), QStringLiteral("/header/alg"), TokenTreeModel::ValueColumn), QStringLiteral("RS256"));
        QCOMPARE(cell(model(), QStringLiteral("/payload/sub"), TokenTreeModel::ValueColumn),
                 QStringLiteral("auth0|64f1c0ffee0123456789abcd"));
        QCOMPARE(cell(model(), QStringLiteral("/payload/sub"), TokenTreeModel::MeaningColumn),
                 describeClaim(QStringLiteral("sub")).explanation);
        QCOMPARE(cell(model(), QStringLiteral("/payload/org_id"), TokenTreeModel::MeaningColumn),
                 describeClaim(QStringLiteral("org_id")).explanation);
        QCOMPARE(cell(model(), QStringLiteral("/payload/aud"), TokenTreeModel::ValueColumn),
                 QStringLiteral("[2 items]"));
        QCOMPARE(cell(model(), QStringLiteral("/payload/aud/1"), TokenTreeModel::ValueColumn),
                 QStringLiteral("https://example.eu.auth0.com/userinfo"));

        // Time claims read as times relative to the (injected) clock.
        const QString exp = cell(model(), QStringLiteral("/payload/exp"), TokenTreeModel::MeaningColumn);
        QVERIFY2(exp.contains(QStringLiteral("expires in 23 h 59 min")), qPrintable(exp));
        QVERIFY2(exp.startsWith(QStringLiteral("2026-11-24T09:36:27Z")), qPrintable(exp));
        const QString iat = cell(model(), QStringLiteral("/payload/iat"), TokenTreeModel::MeaningColumn);
        QVERIFY2(iat.contains(QStringLiteral("1 min ago")), qPrintable(iat));

        // The top two levels are expanded: claims and the members of array claims are visible.
        auto *tree = child<QTreeView>(*m_view, "claimTree");
        QCOMPARE(qobject_cast<QSortFilterProxyModel *>(tree->model())->sourceModel(), &model());
        QVERIFY(tree->isExpanded(inTree(*tree, model().index(1, 0))));
        QVERIFY(tree->isExpanded(inTree(*tree, model().indexForPath(QStringLiteral("/payload/aud")))));

        QVERIFY2(label("tokenKind")->text().contains(QStringLiteral("access token")),
                 qPrintable(label("tokenKind")->text()));
        QVERIFY(!label("kindReasons")->text().isEmpty());
        QCOMPARE(label("verificationBadge")->text(), QStringLiteral("Signature not checked"));
        QVERIFY(!label("validationReport")->isVisible());
        QVERIFY(m_view->inspection().has_value());
        QCOMPARE(m_view->inspection()->token.compact, auth0Token());
    }

    void showsTokensInTheMonospaceFontAndThePlaceholderInTheViewsFont()
    {
        const QFont viewFont = m_view->font();
        QCOMPARE(input()->font(), viewFont);
        const int emptyHeight = input()->height();
        QVERIFY(emptyHeight >= QFontMetrics(viewFont).lineSpacing() * 4);

        m_view->setToken(auth0Token());
        const QFont tokenFont = input()->font();
        QCOMPARE(tokenFont.family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        // Four lines of the token font fit, and the input did not shrink.
        QVERIFY(input()->height() >= QFontMetrics(tokenFont).lineSpacing() * 4);
        QVERIFY(input()->height() >= emptyHeight);

        // Emptied: the view's font again (inherited, not a copy), the height kept.
        const int tokenHeight = input()->height();
        input()->clear();
        QCOMPARE(input()->font(), viewFont);
        QVERIFY(!input()->testAttribute(Qt::WA_SetFont));
        QCOMPARE(input()->height(), tokenHeight);
    }

    void marksTheThreePartsOfTheCompactToken()
    {
        m_view->setToken(QStringLiteral("Bearer ") + auth0Token());
        const QStringList parts = auth0Token().split(QLatin1Char('.'));
        auto *compact = child<QTextEdit>(*m_view, "compactToken");
        QCOMPARE(compact->toPlainText(), auth0Token());
        QVERIFY(compact->isReadOnly());
        const QString html = compact->toHtml();
        QVERIFY(html.contains(parts[0]) && html.contains(parts[1]) && html.contains(parts[2]));
        // Part labels next to the colours.
        const QString legend = label("partLegend")->text();
        for (const auto &name : {"Header", "Payload", "Signature"})
            QVERIFY2(legend.contains(QLatin1String(name)), qPrintable(legend));
        QVERIFY(legend.contains(QStringLiteral("(%1 characters)").arg(parts[1].size())));
        // The "Bearer " prefix was removed, and the view says so.
        QVERIFY(label("inputNotes")->isVisible());
        QVERIFY(label("inputNotes")->text().contains(QStringLiteral("Bearer")));
    }

    void showsTheDecodersErrorForBadInput_data()
    {
        QTest::addColumn<QString>("input");
        const QString header = test::base64UrlPart(R"({"alg":"RS256"})");
        QTest::newRow("two parts") << header + QStringLiteral(".") + test::base64UrlPart(R"({"sub":"a"})");
        QTest::newRow("illegal character") << header + QStringLiteral(".ab+c.sig");
        QTest::newRow("payload not JSON")
            << header + QStringLiteral(".") + test::base64UrlPart("{oops") + QStringLiteral(".sig");
        QTest::newRow("opaque") << QStringLiteral("kq2Zr0dXy1x7nVbQ");
        QTest::newRow("words") << QStringLiteral("hello world");
        QTest::newRow("characters no token has") << QStringLiteral("notatoken%$#123");
        QTest::newRow("encrypted") << test::encryptedToken();
    }
    void showsTheDecodersErrorForBadInput()
    {
        QFETCH(QString, input);
        m_view->setToken(auth0Token());
        QSignalSpy cleared(m_view.get(), &TokenInspectorView::tokenCleared);
        m_view->setToken(input);

        const auto expected = decodeToken(input);
        QVERIFY(!expected.ok());
        QLabel *error = label("decodeError");
        QVERIFY(error->isVisible());
        // An opaque or encrypted token is described, not called an error.
        const bool isToken = tokenForm(expected) != TokenForm::NotAToken;
        QCOMPARE(error->text(), (isToken ? QString() : QStringLiteral("Error: ")) + expected.error().message);
        QCOMPARE(error->palette().color(QPalette::WindowText) == widgets::errorTextColour(m_view->palette()), !isToken);
        QVERIFY(error->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QCOMPARE(model().rowCount(), 0);
        QVERIFY(!child<QWidget>(*m_view, "results")->isVisible());
        QVERIFY(!m_view->inspection().has_value());
        QCOMPARE(cleared.size(), 1);
    }

    void notATokenSaysSoPlainly()
    {
        m_view->setToken(QStringLiteral("notatoken%$#123"));
        const QString error = label("decodeError")->text();
        QVERIFY2(error.startsWith(QStringLiteral("Error: This is not a token: it contains '%'")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("opaque token (")), qPrintable(error));
    }

    void aPastedJweReplacesThePreviousErrorWithItsHeader()
    {
        m_view->setToken(QStringLiteral("abc.def"));
        QVERIFY(label("decodeError")->text().startsWith(QStringLiteral("Error: The token has 2 parts")));

        input()->setPlainText(test::encryptedToken()); // as a paste: decoded after the typing delay
        QTRY_VERIFY(!label("decodeError")->text().contains(QStringLiteral("2 parts")));
        const QString shown = label("decodeError")->text();
        QVERIFY(label("decodeError")->isVisible());
        QVERIFY2(!shown.startsWith(QStringLiteral("Error:")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("alg RSA-OAEP-256, enc A256GCM, kid api-key-1, cty JWT")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Encrypted: the payload cannot be read without the tenant's key")),
                 qPrintable(shown));
        QVERIFY(!m_view->inspection().has_value());
    }

    void decodesATokenBrokenOverLinesAndSaysSo()
    {
        m_view->setToken(test::brokenOverLines(auth0Token(), QStringLiteral("\r\n  ")));
        QVERIFY(m_view->inspection().has_value());
        QCOMPARE(m_view->inspection()->token.compact, auth0Token());
        QVERIFY(!label("decodeError")->isVisible());
        QVERIFY(label("inputNotes")->isVisible());
        QCOMPARE(label("inputNotes")->text(), QStringLiteral("Note: Removed line breaks/spaces inside the token."));
    }

    void aNewTokenIsShownFromTheTop()
    {
        m_view->resize(700, 480); // small enough for both panes to scroll
        m_view->setToken(auth0Token());
        auto *findings = child<QScrollArea>(*m_view, "findingsArea")->verticalScrollBar();
        auto *claims = child<QTreeView>(*m_view, "claimTree");
        claims->expandAll();
        QTRY_VERIFY(findings->maximum() > 0);
        QTRY_VERIFY(claims->verticalScrollBar()->maximum() > 0);
        findings->setValue(findings->maximum());
        claims->verticalScrollBar()->setValue(claims->verticalScrollBar()->maximum());

        QJsonObject payload = test::auth0AccessTokenPayload(Now.toSecsSinceEpoch() - 30);
        payload.insert(QStringLiteral("sub"), QStringLiteral("auth0|someone-else"));
        m_view->setToken(test::mintToken(test::rs256Header(), payload));
        QCOMPARE(findings->value(), 0);
        QCOMPARE(claims->verticalScrollBar()->value(), 0);

        // The same token again (a refresh of its times) keeps the place the user scrolled to.
        findings->setValue(findings->maximum());
        m_view->setToken(test::mintToken(test::rs256Header(), payload));
        QCOMPARE(findings->value(), findings->maximum());
    }

    // Tab visits the widgets as they are laid out: rows top to bottom, each row left to right.
    void tabOrderFollowsTheLayout()
    {
        m_view->resize(1000, 1400); // tall enough that no pane scrolls: positions are where the eye finds them
        m_view->setToken(auth0Token());
        m_view->setUnknownIssuer(QStringLiteral("https://example.eu.auth0.com/"));
        m_view->setValidationReport(QStringLiteral("exp: in the future"));
        auto *tree = child<QTreeView>(*m_view, "claimTree");
        tree->setCurrentIndex(inTree(*tree, model().indexForPath(QStringLiteral("/payload/sub")))); // copy enabled
        QTRY_COMPARE(child<QScrollArea>(*m_view, "findingsArea")->verticalScrollBar()->maximum(), 0);

        QList<QWidget *> stops;
        QWidget *widget = input();
        do {
            if (widget->isVisibleTo(m_view.get()) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
                !widget->focusProxy() && m_view->isAncestorOf(widget))
                stops << widget;
            widget = widget->nextInFocusChain();
        } while (widget != input());
        for (const char *name : {"tokenInput", "findingsArea", "addTenantButton", "compactToken", "claimFilter",
                                 "copyValueButton", "copyPathButton", "rawJsonToggle", "claimTree"})
            QVERIFY2(stops.contains(child<QWidget>(*m_view, name)), name);

        const auto rect = [this](const QWidget *w) { return QRect(w->mapTo(m_view.get(), QPoint()), w->size()); };
        for (qsizetype i = 1; i < stops.size(); ++i) {
            const QRect before = rect(stops.at(i - 1));
            const QRect after = rect(stops.at(i));
            const bool sameRow = after.top() < before.bottom() && before.top() < after.bottom();
            const bool inOrder = sameRow ? after.left() > before.left() : after.top() >= before.bottom();
            QVERIFY2(inOrder, qPrintable(QStringLiteral("%1 (%2,%3) comes before %4 (%5,%6)")
                                             .arg(stops.at(i - 1)->objectName())
                                             .arg(before.left())
                                             .arg(before.top())
                                             .arg(stops.at(i)->objectName())
                                             .arg(after.left())
                                             .arg(after.top())));
        }
    }

    void returnsToTheEmptyStateWhenTheInputIsCleared()
    {
        m_view->setToken(auth0Token());
        QVERIFY(!label("emptyState")->isVisible());
        input()->clear();
        QTRY_VERIFY(label("emptyState")->isVisible());
        QCOMPARE(model().rowCount(), 0);
        QVERIFY(!label("decodeError")->isVisible());
    }

    void togglesRawJson()
    {
        m_view->setToken(auth0Token());
        auto *toggle = child<QToolButton>(*m_view, "rawJsonToggle");
        auto *raw = child<QPlainTextEdit>(*m_view, "rawJson");
        auto *tree = child<QTreeView>(*m_view, "claimTree");
        QVERIFY(tree->isVisible());
        QVERIFY(!raw->isVisible());

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(raw->isVisible());
        QCOMPARE(label("claimsTitle")->text(), QStringLiteral("Decoded JSON"));
        QVERIFY(!tree->isVisible());
        const QString text = raw->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("\"alg\": \"RS256\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("    \"org_id\": \"org_Kc4ZnUNyYV1nSdE3\"")), qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("Header")) < text.indexOf(QStringLiteral("Payload")));

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(tree->isVisible());
        QCOMPARE(label("claimsTitle")->text(), QStringLiteral("Claims"));
    }

    void refreshesRelativeTimesWithoutLosingTheView()
    {
        m_view->setToken(auth0Token());
        auto *tree = child<QTreeView>(*m_view, "claimTree");
        const QModelIndex aud = inTree(*tree, model().indexForPath(QStringLiteral("/payload/aud")));
        tree->collapse(aud);
        tree->setCurrentIndex(inTree(*tree, model().indexForPath(QStringLiteral("/payload/exp"))));
        QSignalSpy resets(&model(), &QAbstractItemModel::modelReset);

        FixedClock later(Now.addSecs(2 * 3600));
        m_view->setClock(later);
        const QString exp = cell(model(), QStringLiteral("/payload/exp"), TokenTreeModel::MeaningColumn);
        QVERIFY2(exp.contains(QStringLiteral("expires in 21 h 59 min")), qPrintable(exp));
        QCOMPARE(resets.size(), 0);
        QVERIFY(!tree->isExpanded(aud));
        QCOMPARE(tree->currentIndex().data(TokenTreeModel::PathRole).toString(), QStringLiteral("/payload/exp"));
        QVERIFY(label("claimDetails")->text().contains(QStringLiteral("expires in 21 h 59 min")));
        m_view->setClock(m_clock); // `later` goes out of scope
    }

    void copiesTheSelectedValueAndPath()
    {
        m_view->setToken(auth0Token());
        auto *tree = child<QTreeView>(*m_view, "claimTree");
        QSignalSpy status(m_view.get(), &TokenInspectorView::statusMessage);
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        tree->setFocus();
        tree->setCurrentIndex(inTree(*tree, model().indexForPath(QStringLiteral("/payload/org_id"))));

        QApplication::clipboard()->clear();
        QTest::keySequence(tree, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("org_Kc4ZnUNyYV1nSdE3"));
        QCOMPARE(status.size(), 1);
        QVERIFY(!status.first().first().toString().contains(QStringLiteral("org_Kc4ZnUNyYV1nSdE3")));

        // Selecting the Value cell of an array copies it as JSON, not as its "[2 items]" summary.
        tree->setCurrentIndex(inTree(*tree, model().indexForPath(QStringLiteral("/payload/aud")).siblingAtColumn(1)));
        QTest::keySequence(tree, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("[\"https://api.example.com/\",\"https://example.eu.auth0.com/userinfo\"]"));

        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("/payload/aud"));

        // The same actions are in the context menu.
        const auto actions = tree->actions();
        QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("Copy value"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Copy path"));
    }

    void showsTheSelectedRowInFull()
    {
        m_view->setToken(auth0Token());
        auto *tree = child<QTreeView>(*m_view, "claimTree");
        tree->setCurrentIndex(inTree(*tree, model().indexForPath(QStringLiteral("/payload/scope"))));
        const QString details = label("claimDetails")->text();
        QVERIFY2(details.contains(QStringLiteral("openid profile email read:invoices write:invoices")),
                 qPrintable(details));
        QVERIFY2(details.contains(describeClaim(QStringLiteral("scope")).explanation), qPrintable(details));
    }

    void warnsAboutAnExpiredToken()
    {
        m_view->setToken(
            test::mintToken(test::rs256Header(), test::auth0AccessTokenPayload(Now.toSecsSinceEpoch() - 7200, 3600)));
        QVERIFY(m_view->inspection().has_value());
        QVERIFY(!m_view->inspection()->warnings.isEmpty());
        QLabel *warnings = label("warnings");
        QVERIFY(warnings->isVisible());
        for (const auto &warning : m_view->inspection()->warnings)
            QVERIFY2(warnings->text().contains(warning.message.toHtmlEscaped()), qPrintable(warnings->text()));
        QVERIFY(warnings->text().contains(QStringLiteral("Warning:")));
    }
};

QTEST_MAIN(TestTokenInspectorView)
#include "TestTokenInspectorView.moc"
