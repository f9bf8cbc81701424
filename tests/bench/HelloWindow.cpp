// The baseline of bench_gui_startup: a bare Qt Widgets window that quits right after its first paint, the way
// `orglens --quit-after-startup` does (the first Paint event, then a queued quit once the frame is flushed).
#include <QApplication>
#include <QLabel>
#include <QTimer>

namespace {
class HelloWindow : public QLabel {
public:
    using QLabel::QLabel;

protected:
    bool event(QEvent *event) override
    {
        const bool handled = QLabel::event(event);
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp,
                               [] { QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection); });
        }
        return handled;
    }

private:
    bool m_painted = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    HelloWindow window(QStringLiteral("Hello"));
    window.resize(1100, 720);
    window.show();
    return app.exec();
}
