#include "DemoTenantMenu.h"

#include <QActionGroup>
#include <QToolButton>

#include <algorithm>

namespace orglens::widgets {

DemoTenantMenu::DemoTenantMenu(const QList<DemoChoice> &choices, QWidget *parent)
    : QMenu(tr("&Demo tenant"), parent), m_choices(choices), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("demoTenantMenu"));
    setToolTipsVisible(true);
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const DemoChoice &choice : m_choices) {
        QAction *action = addAction(choice.title);
        action->setObjectName(QStringLiteral("demoChoice_") + choice.id);
        action->setCheckable(true);
        action->setToolTip(choice.description);
        action->setStatusTip(choice.description);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = choice.id] {
            // The check follows what runs, not the click: the choice is confirmed and started elsewhere.
            setCurrent(m_current);
            if (id != m_current)
                emit chosen(id);
        });
    }
    setCurrent({});
}

void DemoTenantMenu::setCurrent(const QString &id)
{
    m_current = id;
    for (const DemoChoice &choice : m_choices)
        choiceAction(choice.id)->setChecked(choice.id == id);
    updateStatusButton();
}

QAction *DemoTenantMenu::choiceAction(const QString &id) const
{
    return findChild<QAction *>(QStringLiteral("demoChoice_") + id, Qt::FindDirectChildrenOnly);
}

QToolButton *DemoTenantMenu::statusButton()
{
    if (!m_statusButton) {
        m_statusButton = new QToolButton(parentWidget());
        m_statusButton->setObjectName(QStringLiteral("demoTenantStatus"));
        m_statusButton->setAutoRaise(true);
        m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Opens the menu above the status bar (QToolButton's own menu would draw its arrow over the text).
        connect(m_statusButton, &QToolButton::clicked, this,
                [this] { popup(m_statusButton->mapToGlobal(QPoint(0, -sizeHint().height()))); });
        updateStatusButton();
    }
    return m_statusButton;
}

void DemoTenantMenu::updateStatusButton()
{
    if (!m_statusButton)
        return;
    const auto running = std::find_if(m_choices.cbegin(), m_choices.cend(),
                                      [this](const DemoChoice &choice) { return choice.id == m_current; });
    // Only a running demo is worth a place in the status bar.
    m_statusButton->setVisible(running != m_choices.cend());
    if (running == m_choices.cend())
        return;
    m_statusButton->setText(tr("Demo tenant: %1").arg(running->title));
    m_statusButton->setToolTip(
        tr("The demo tenant runs with: %1\nClick to restart it with another configuration.").arg(running->description));
}

} // namespace orglens::widgets
