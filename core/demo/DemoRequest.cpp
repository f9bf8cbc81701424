#include "DemoRequest.h"

#include <QMetaEnum>

namespace orglens::demo {

DemoRequest DemoRequest::fromHttpServer(const QHttpServerRequest &request)
{
    return DemoRequest{request.method(), request.url(), request.headers(), request.body()};
}

QByteArray DemoRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString DemoRequest::cookie(const QByteArray &name) const
{
    for (const QByteArray &part : header(QByteArrayLiteral("Cookie")).split(';')) {
        const QByteArray pair = part.trimmed();
        if (pair.startsWith(name + '='))
            return QString::fromUtf8(pair.mid(name.size() + 1));
    }
    return {};
}

QString DemoRequest::methodName() const
{
    return QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(method))).toUpper();
}

} // namespace orglens::demo
