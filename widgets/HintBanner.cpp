#include "HintBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace orglens::widgets {

HintBanner::HintBanner(const QString &text, QWidget *parent) : QFrame(parent), m_label(new QLabel(text, this))
{
    setObjectName(QStringLiteral("hintBanner"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum); // across the window, as tall as its text
    m_label->setObjectName(QStringLiteral("hintText"));
    // One line: a tool bar row gives a wrapped label the height of its narrowest layout.
    m_label->setWordWrap(false);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("hintDismissButton"));
    dismiss->setToolTip(tr("Hide this hint; it is not shown again"));
    connect(dismiss, &QPushButton::clicked, this, &QObject::deleteLater);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
}

HintBanner *HintBanner::showOnce(const QString &key, const QString &text, QWidget *parent)
{
    QSettings settings;
    const QString seenKey = QStringLiteral("hints/%1/shown").arg(key);
    if (settings.value(seenKey).toBool())
        return nullptr;
    settings.setValue(seenKey, true);
    return new HintBanner(text, parent);
}

QString HintBanner::text() const
{
    return m_label->text();
}

} // namespace orglens::widgets
