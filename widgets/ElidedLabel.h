#pragma once

#include <QLabel>

namespace orglens::widgets {

// A one-line label that never asks for more width than it gets: a text longer than its width is elided at the end,
// the whole text is in the tooltip. For lines that share a row with other widgets (the status bar's message).
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    // Whether the text shown is cut.
    bool isElided() const { return text() != m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace orglens::widgets
