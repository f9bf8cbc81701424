#include "SessionHistoryPanel.h"

#include "oauth/SessionHistoryModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace orglens::widgets {

using oauth::SessionHistoryModel;

SessionHistoryPanel::SessionHistoryPanel(oauth::SessionHistory *history, QWidget *parent)
    : QWidget(parent), m_model(new SessionHistoryModel(history, this))
{
    setObjectName(QStringLiteral("sessionHistoryPanel"));

    m_empty = new QLabel(tr("No tokens yet.\nPaste one (Ctrl+V) or log in: every token of this session is listed "
                            "here, and forgotten when OrgLens quits."),
                         this);
    m_empty->setObjectName(QStringLiteral("sessionHistoryEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);

    const auto makeButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        return button;
    };
    m_open = makeButton(QStringLiteral("historyOpenButton"), tr("&Inspect"), tr("Open in the Tokens view (Enter)"));
    m_before = makeButton(QStringLiteral("historyBeforeButton"), tr("As &before"),
                          tr("Use as the first token of a comparison"));
    m_after = makeButton(QStringLiteral("historyAfterButton"), tr("As a&fter"),
                         tr("Use as the second token of a comparison"));
    m_chain = makeButton(QStringLiteral("historyChainButton"), tr("C&hain"),
                         tr("Show how the claims changed from login through refreshes and exchanges up to this token"));
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(selectedToken()); });
    connect(m_before, &QPushButton::clicked, this, [this] { emit compareBeforeRequested(selectedToken()); });
    connect(m_after, &QPushButton::clicked, this, [this] { emit compareAfterRequested(selectedToken()); });
    connect(m_chain, &QPushButton::clicked, this, [this] { emit chainRequested(selectedRecordId()); });

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_chain, 0, 1);
    buttons->addWidget(m_before, 1, 0);
    buttons->addWidget(m_after, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        ensureView()->setCurrentIndex(m_model->index(last, 0)); // follow the newest token
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionHistoryPanel::updateState);
    updateState();
}

// The list is built with the first token: the empty panel of every start shows the hint only (and a hidden tree's
// header would still measure its columns, in bold, before the first paint).
QTreeView *SessionHistoryPanel::ensureView()
{
    if (m_view)
        return m_view;
    m_view = new QTreeView(m_stack);
    m_view->setObjectName(QStringLiteral("sessionHistoryView"));
    m_view->setAccessibleName(tr("Tokens of this session"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(SessionHistoryModel::TokenRole).toString());
    });

    m_stack->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionHistoryPanel::updateState);
    return m_view;
}

QTreeView *SessionHistoryPanel::view() const
{
    return const_cast<SessionHistoryPanel *>(this)->ensureView();
}

SessionHistoryPanel::~SessionHistoryPanel() = default;

void SessionHistoryPanel::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : ensureView());
    setFocusProxy(empty ? nullptr : m_view);
    const bool selected = m_view && m_view->currentIndex().isValid();
    for (QPushButton *button : {m_open, m_before, m_after, m_chain})
        button->setEnabled(selected);
}

void SessionHistoryPanel::selectToken(const QString &token)
{
    const int row = m_model->rowForToken(token);
    if (row >= 0)
        ensureView()->setCurrentIndex(m_model->index(row, 0));
}

QSize SessionHistoryPanel::sizeHint() const
{
    // "14:29:46  Client credentials  acme-prod  Access token"
    return {fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 Client credentials Demo tenant Access token__")) +
                fontMetrics().horizontalAdvance(QLatin1Char('M')),
            QWidget::sizeHint().height()};
}

QString SessionHistoryPanel::selectedToken() const
{
    return m_view ? m_view->currentIndex().data(SessionHistoryModel::TokenRole).toString() : QString();
}

QString SessionHistoryPanel::selectedRecordId() const
{
    return m_view ? m_view->currentIndex().data(SessionHistoryModel::RecordIdRole).toString() : QString();
}

} // namespace orglens::widgets
