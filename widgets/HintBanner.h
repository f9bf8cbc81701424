#pragma once

#include <QFrame>

class QLabel;

namespace orglens::widgets {

// A line of advice above the views (e.g. who to sign in as on the demo tenant) with a Dismiss button. Each hint is
// shown once: the settings remember its key (showOnce), never its text.
class HintBanner : public QFrame {
    Q_OBJECT
public:
    HintBanner(const QString &text, QWidget *parent = nullptr);

    // A banner with `text` when the hint `key` was never shown before (and remembers that it was now), else null.
    static HintBanner *showOnce(const QString &key, const QString &text, QWidget *parent);

    QString text() const;

private:
    QLabel *m_label;
};

} // namespace orglens::widgets
