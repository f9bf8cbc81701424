#pragma once

#include <QProxyStyle>

namespace orglens::widgets {

// The platform's style, with its standard icons made when first drawn (see LazyIconEngine): building the main
// window then loads no image plugins. Set once by the application: QApplication::setStyle(new LazyIconStyle).
class LazyIconStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace orglens::widgets
