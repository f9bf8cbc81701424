#pragma once

#include <QList>
#include <QMenu>
#include <QPointer>

class QActionGroup;
class QToolButton;

namespace orglens::widgets {

// One way the demo tenant can run, as the menu shows it. Plain data: the menu knows nothing of what the ids mean.
struct DemoChoice {
    QString id;
    QString title;       // the menu entry and the status button, e.g. "Support article's Actions"
    QString description; // the entry's tooltip
};

// File › Demo tenant: one exclusive checkable entry per choice, the running one checked, and a status bar button
// that names it and opens the same menu. Choosing another entry emits chosen(); the check stays on what
// setCurrent() last said, so a switch that is cancelled or fails leaves the running choice checked.
class DemoTenantMenu : public QMenu {
    Q_OBJECT
public:
    explicit DemoTenantMenu(const QList<DemoChoice> &choices, QWidget *parent = nullptr);

    // The running choice (empty: none runs).
    void setCurrent(const QString &id);
    QString current() const { return m_current; }
    // The entry of a choice (object name "demoChoice_<id>"), or null.
    QAction *choiceAction(const QString &id) const;
    // "Demo tenant: <title>" for the status bar; clicking it opens this menu. Made on first call, owned by its
    // parent (the status bar it is added to).
    QToolButton *statusButton();

signals:
    // The user chose an entry other than the running one.
    void chosen(const QString &id);

private:
    void updateStatusButton();

    QList<DemoChoice> m_choices;
    QActionGroup *m_group;
    QString m_current;
    QPointer<QToolButton> m_statusButton;
};

} // namespace orglens::widgets
