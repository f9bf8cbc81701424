#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <optional>

namespace orglens::widgets {

// An icon made only when it is first drawn or measured: `make` runs then, once. Qt's own PNG icons (menu bar and
// tool bar extension buttons, line edit clear buttons …) otherwise make QImageReader load every image format plugin
// while the main window is still being built, for icons that are usually never shown.
class LazyIconEngine : public QIconEngine {
public:
    explicit LazyIconEngine(std::function<QIcon()> make);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    void addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state) override;
    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    QString key() const override;
    QIconEngine *clone() const override;

private:
    QIcon &icon();

    std::function<QIcon()> m_make;
    std::optional<QIcon> m_icon;
};

} // namespace orglens::widgets
