#include "TokenDiffView.h"

#include "ClaimChainView.h"
#include "DiffRowDelegate.h"
#include "jwt/TokenDecoder.h"
#include "jwt/TokenDiffModel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace orglens::widgets {

TokenDiffView::TokenDiffView(QWidget *parent)
    : QWidget(parent), m_model(new jwt::TokenDiffModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("tokenDiffView"));
    m_proxy->setObjectName(QStringLiteral("diffProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(jwt::TokenDiffModel::IsDifferenceRole);

    auto *beforeLabel = new QLabel(tr("&Before:"), this);
    beforeLabel->setObjectName(QStringLiteral("beforeLabel"));
    auto *afterLabel = new QLabel(tr("&After:"), this);
    afterLabel->setObjectName(QStringLiteral("afterLabel"));
    m_before = makeInput(QStringLiteral("beforeInput"), tr("Paste the first token"));
    m_before->setAccessibleName(tr("Before token"));
    m_after = makeInput(QStringLiteral("afterInput"), tr("Paste the second token"));
    m_after->setAccessibleName(tr("After token"));
    beforeLabel->setBuddy(m_before);
    afterLabel->setBuddy(m_after);

    m_compareButton = new QPushButton(tr("&Compare"), this);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_compareButton->setToolTip(tr("Compare the two tokens (Ctrl+Enter)"));
    connect(m_compareButton, &QPushButton::clicked, this, &TokenDiffView::compare);

    m_onlyDifferences = new QCheckBox(tr("&Only differences"), this);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &TokenDiffView::setOnlyDifferences);

    m_summary = new QLabel(tr("Paste two tokens, or use \"Exchange this token\" on the Login view, to see what "
                              "changed between them."),
                           this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setAccessibleName(tr("Differences"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(false);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new DiffRowDelegate(m_table));
    shareColumnWidths(m_table);

    auto *inputs = new QGridLayout;
    inputs->addWidget(beforeLabel, 0, 0);
    inputs->addWidget(afterLabel, 0, 1);
    inputs->addWidget(m_before, 1, 0);
    inputs->addWidget(m_after, 1, 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_compareButton);
    controls->addWidget(m_onlyDifferences);
    controls->addStretch(1);
    auto *pairPage = new QWidget(this);
    pairPage->setObjectName(QStringLiteral("pairPage"));
    auto *pairLayout = new QVBoxLayout(pairPage);
    pairLayout->addLayout(inputs);
    pairLayout->addLayout(controls);
    pairLayout->addWidget(m_summary);
    pairLayout->addWidget(m_table, 1);

    m_chainView = new ClaimChainView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(pairPage, tr("Two tokens"));
    m_tabs->addTab(m_chainView, tr("Session chain"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

TokenDiffView::~TokenDiffView() = default;

QPlainTextEdit *TokenDiffView::makeInput(const QString &objectName, const QString &placeholder)
{
    auto *input = new QPlainTextEdit(this);
    input->setObjectName(objectName);
    input->setPlaceholderText(placeholder);
    input->setTabChangesFocus(true);
    input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    input->setMaximumHeight(input->fontMetrics().lineSpacing() * 5);
    return input;
}

void TokenDiffView::setTokens(const QString &before, const QString &after)
{
    m_before->setPlainText(before);
    m_after->setPlainText(after);
    compare();
}

void TokenDiffView::setBefore(const QString &token)
{
    m_tabs->setCurrentIndex(0);
    m_before->setPlainText(token);
    if (!m_after->toPlainText().trimmed().isEmpty())
        compare();
}

void TokenDiffView::setAfter(const QString &token)
{
    m_tabs->setCurrentIndex(0);
    m_after->setPlainText(token);
    if (!m_before->toPlainText().trimmed().isEmpty())
        compare();
}

void TokenDiffView::showChain(const jwt::ClaimChain &chain)
{
    m_chainView->setChain(chain);
    m_tabs->setCurrentWidget(m_chainView);
}

void TokenDiffView::compare()
{
    m_tabs->setCurrentIndex(0);
    const auto before = jwt::decodeToken(m_before->toPlainText());
    const auto after = jwt::decodeToken(m_after->toPlainText());
    if (!before || !after) {
        m_model->clear();
        m_summary->setText(!before ? tr("Before: %1").arg(before.error().message)
                                   : tr("After: %1").arg(after.error().message));
        return;
    }
    m_model->setDiff(jwt::diffTokens(before.value(), after.value()));
    showSummary();
    // How the inputs were read (a token broken over lines, a Bearer prefix), under the summary.
    QStringList notes;
    for (const QString &note : before->inputNotes)
        notes << tr("Note: Before: %1").arg(note);
    for (const QString &note : after->inputNotes)
        notes << tr("Note: After: %1").arg(note);
    if (!notes.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char('\n') + notes.join(QLatin1Char('\n')));
}

void TokenDiffView::setOnlyDifferences(bool only)
{
    m_onlyDifferences->setChecked(only);
    m_proxy->setFilterFixedString(only ? QStringLiteral("true") : QString());
}

void TokenDiffView::showSummary()
{
    const jwt::TokenDiff &diff = m_model->diff();
    if (!diff.hasDifferences()) {
        m_summary->setText(tr("The two tokens have the same claims."));
        return;
    }
    m_summary->setText(tr("%1 added (+), %2 removed (\u2212), %3 changed (~); dimmed rows differ on every issuance.")
                           .arg(diff.ofKind(jwt::ChangeKind::Added).size())
                           .arg(diff.ofKind(jwt::ChangeKind::Removed).size())
                           .arg(diff.ofKind(jwt::ChangeKind::Changed).size()));
}

} // namespace orglens::widgets
