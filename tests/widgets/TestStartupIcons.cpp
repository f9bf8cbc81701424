// The icons of the first frame: drawn without Qt's image format and icon engine plugins (each load of those is a
// plugin directory scan and dlopen while the main window is being built), and looking as before.
#include "AppServices.h"
#include "LazyIconEngine.h"
#include "LazyIconStyle.h"
#include "MainWindow.h"
#include "SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using namespace orglens::widgets;

namespace {

// The Qt plugins mapped into this process, from /proc/self/maps ("…/plugins/imageformats/libqgif.so").
QStringList loadedPlugins(const QString &kind)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {QStringLiteral("cannot read /proc/self/maps")};
    QStringList plugins;
    const QString marker = QLatin1Char('/') + kind + QLatin1Char('/');
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QString text = QString::fromLocal8Bit(line);
        const QString path = text.mid(text.indexOf(QLatin1Char('/')));
        if (path.contains(marker) && !plugins.contains(path))
            plugins << path;
    }
    return plugins;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0;
    }
    return count;
}

} // namespace

class TestStartupIcons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OrgLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_startup_icons"));
        QSettings().clear();
    }

    // First: the later tests draw Qt's PNG icons on purpose, which loads the image format plugins.
    void theMainWindowLoadsNoImagePluginsUpToItsFirstPaint()
    {
        QApplication::setStyle(new LazyIconStyle);
        QVERIFY2(loadedPlugins(QStringLiteral("imageformats")).isEmpty(),
                 qPrintable(loadedPlugins(QStringLiteral("imageformats")).join(u' ')));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::AppServices services(dir.filePath(QStringLiteral("profiles.ini")));
        MainWindow window;
        window.addApplicationViews(services.context());
        window.show();
        QTRY_VERIFY(window.hasPainted());

        // The navigation icons are there (drawn by SvgIconEngine), the menu bar and tool bar are built …
        auto *navigation = window.findChild<QWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QVERIFY(!window.grab().isNull());
        // … and none of it needed an image format or icon engine plugin.
        QVERIFY2(loadedPlugins(QStringLiteral("imageformats")).isEmpty(),
                 qPrintable(loadedPlugins(QStringLiteral("imageformats")).join(u' ')));
        QVERIFY2(loadedPlugins(QStringLiteral("iconengines")).isEmpty(),
                 qPrintable(loadedPlugins(QStringLiteral("iconengines")).join(u' ')));

        // The window icon comes once the window is on screen.
        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void svgIconDrawsTheFileAtAnySize_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("20 px") << 20;
        QTest::newRow("40 px (2x)") << 40;
        QTest::newRow("64 px") << 64;
    }
    void svgIconDrawsTheFileAtAnySize()
    {
        QFETCH(int, size);
        const QIcon icon = svgIcon(QStringLiteral(":/icons/tokens.svg"));
        QVERIFY(!icon.isNull());
        const QImage drawn = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(drawn.size(), QSize(size, size));
        QVERIFY(opaquePixels(drawn) > size); // strokes, not an empty square
        // The icon's blue (#4a78b0) where a stroke is fully covered.
        bool blue = false;
        for (int y = 0; y < size && !blue; ++y) {
            for (int x = 0; x < size && !blue; ++x)
                blue = drawn.pixel(x, y) == qRgb(0x4a, 0x78, 0xb0);
        }
        QVERIFY(blue);
        // Disabled: the style's greyed variant of the same shape.
        const QImage disabled = icon.pixmap(QSize(size, size), QIcon::Disabled).toImage();
        QCOMPARE(opaquePixels(disabled), opaquePixels(drawn));
        QVERIFY(disabled != drawn);
    }

    void svgIconOfAMissingFileDrawsNothing()
    {
        const QImage drawn = svgIcon(QStringLiteral(":/icons/no-such-icon.svg")).pixmap(QSize(16, 16)).toImage();
        QCOMPARE(opaquePixels(drawn), 0);
    }

    void lazyIconIsMadeOnceWhenFirstDrawn()
    {
        int made = 0;
        QIcon icon(new LazyIconEngine([&made] {
            ++made;
            QPixmap square(8, 8);
            square.fill(Qt::red);
            return QIcon(square);
        }));
        const QIcon copy = icon;
        QVERIFY(!icon.isNull());
        QCOMPARE(made, 0);
        QCOMPARE(copy.pixmap(QSize(8, 8)).toImage().pixel(4, 4), QColor(Qt::red).rgb());
        QCOMPARE(made, 1);
        QCOMPARE(icon.actualSize(QSize(16, 16)), QSize(8, 8));
        QCOMPARE(made, 1);
    }

    void lazyStyleIconsLookLikeTheBaseStyles_data()
    {
        QTest::addColumn<QStyle::StandardPixmap>("standardPixmap");
        QTest::newRow("tool bar extension") << QStyle::SP_ToolBarHorizontalExtensionButton;
        QTest::newRow("line edit clear") << QStyle::SP_LineEditClearButton;
        QTest::newRow("dock close") << QStyle::SP_TitleBarCloseButton;
        QTest::newRow("message box question") << QStyle::SP_MessageBoxQuestion;
    }
    void lazyStyleIconsLookLikeTheBaseStyles()
    {
        QFETCH(QStyle::StandardPixmap, standardPixmap);
        std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
        LazyIconStyle lazy(QStyleFactory::create(QStringLiteral("Fusion")));
        const QImage expected = base->standardIcon(standardPixmap).pixmap(QSize(16, 16)).toImage();
        QVERIFY(!expected.isNull());
        QCOMPARE(lazy.standardIcon(standardPixmap).pixmap(QSize(16, 16)).toImage(), expected);
    }
};

QTEST_MAIN(TestStartupIcons)
#include "TestStartupIcons.moc"
