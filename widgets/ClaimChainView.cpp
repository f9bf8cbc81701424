#include "ClaimChainView.h"

#include "DiffRowDelegate.h"
#include "jwt/ClaimChainModel.h"
#include "jwt/TokenDiffModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace orglens::widgets {

// The delegate of the Compare table paints these cells: the roles must mean the same.
static_assert(int(jwt::ClaimChainModel::ChangeKindRole) == int(jwt::TokenDiffModel::ChangeKindRole));
static_assert(int(jwt::ClaimChainModel::IsVolatileRole) == int(jwt::TokenDiffModel::IsVolatileRole));

ClaimChainView::ClaimChainView(QWidget *parent)
    : QWidget(parent), m_model(new jwt::ClaimChainModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("claimChainView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(jwt::ClaimChainModel::IsDifferenceRole);

    m_summary = new QLabel(tr("Select a token in the session history and choose Chain to see how its claims changed "
                              "from the login through refreshes and exchanges."),
                           this);
    m_summary->setObjectName(QStringLiteral("chainSummary"));
    m_summary->setWordWrap(true);
    m_onlyChanges = new QCheckBox(tr("Only claims that &change"), this);
    m_onlyChanges->setObjectName(QStringLiteral("chainOnlyChanges"));
    connect(m_onlyChanges, &QCheckBox::toggled, this, &ClaimChainView::setOnlyChanges);

    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("chainTable"));
    m_table->setAccessibleName(tr("Claims along the chain"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new DiffRowDelegate(m_table));
    shareColumnWidths(m_table);
    m_table->hide(); // until there is a chain: the summary says how to get one
    m_onlyChanges->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_onlyChanges);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addStretch(); // keeps the summary at the top while the table is hidden
}

ClaimChainView::~ClaimChainView() = default;

void ClaimChainView::setChain(const jwt::ClaimChain &chain)
{
    m_model->setChain(chain);
    m_table->show();
    m_onlyChanges->show();
    const auto changing = std::count_if(chain.rows.begin(), chain.rows.end(),
                                        [](const jwt::ClaimChainRow &row) { return row.changesAlongChain(); });
    m_summary->setText(
        chain.steps.size() < 2
            ? tr("This token has no parent in the session: refresh or exchange it to build a chain.")
            : tr("%n step(s): %1.", nullptr, int(chain.steps.size())).arg(chain.steps.join(QStringLiteral(" → "))) +
                  QLatin1Char(' ') +
                  tr("%n claim(s) change along the way (+ added, \u2212 dropped, ~ changed); dimmed "
                     "claims differ on every issuance.",
                     nullptr, int(changing)));
}

void ClaimChainView::setOnlyChanges(bool only)
{
    m_onlyChanges->setChecked(only);
    m_proxy->setFilterFixedString(only ? QStringLiteral("true") : QString());
}

} // namespace orglens::widgets
