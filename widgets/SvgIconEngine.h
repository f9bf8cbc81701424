#pragma once

#include <QIconEngine>

#include <QHash>

namespace orglens::widgets {

// An SVG file (e.g. ":/icons/tokens.svg") as an icon, drawn by QSvgRenderer at the size and pixel ratio asked for
// and kept per size. Unlike QIcon(":/x.svg") it needs no icon engine plugin (a plugin directory scan and dlopen while
// the main window is built) and parses the file only when the icon is first drawn.
class SvgIconEngine : public QIconEngine {
public:
    explicit SvgIconEngine(const QString &fileName);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;

private:
    QString m_fileName;
    QHash<QString, QPixmap> m_pixmaps; // by size and mode
};

// QIcon(new SvgIconEngine(fileName)).
QIcon svgIcon(const QString &fileName);

} // namespace orglens::widgets
