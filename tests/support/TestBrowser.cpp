#include "TestBrowser.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace orglens::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HtmlForm::value(const QString &name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

void HtmlForm::set(const QString &name, const QString &value)
{
    for (auto &field : fields) {
        if (field.first == name) {
            field.second = value;
            return;
        }
    }
    fields.append({name, value});
}

TestBrowser::TestBrowser(QUrl issuer) : m_issuer(std::move(issuer))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResult TestBrowser::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body)
{
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        result.location = QUrl::fromEncoded(location);
    reply->deleteLater();
    return result;
}

HttpResult TestBrowser::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, "GET", {});
}

HttpResult TestBrowser::postForm(const QUrl &url, const QUrlQuery &form,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // Encode like a browser: every reserved character percent-encoded ('+' included).
    QByteArray body;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return send(request, "POST", body);
}

HttpResult TestBrowser::postJson(const QUrl &url, const QJsonObject &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::optional<HtmlForm> TestBrowser::parseForm(const QString &html, const QUrl &base)
{
    // Only for the demo tenant's own, known markup: <form method="post" action="..."> and <input name value>.
    static const QRegularExpression formPattern(
        QStringLiteral(R"re(<form method="post" action="([^"]*)">(.*?)</form>)re"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inputPattern(
        QStringLiteral(R"re(<input type="[a-z]+" name="([^"]+)" value="([^"]*)")re"));
    const auto form = formPattern.match(html);
    if (!form.hasMatch())
        return std::nullopt;
    HtmlForm result;
    result.action = base.resolved(QUrl(form.captured(1)));
    auto inputs = inputPattern.globalMatch(form.captured(2));
    while (inputs.hasNext()) {
        const auto input = inputs.next();
        QString value = input.captured(2);
        value.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        result.fields.append({input.captured(1), value});
    }
    return result;
}

HttpResult TestBrowser::submit(const HtmlForm &form)
{
    QUrlQuery query;
    for (const auto &[key, value] : form.fields)
        query.addQueryItem(key, value);
    return postForm(form.action, query);
}

HttpResult TestBrowser::logInIfAsked(const HttpResult &page, const QString &email, const QString &password)
{
    auto form = parseForm(page.text(), m_issuer);
    if (!form || !form->action.path().endsWith(QLatin1String("/u/login")))
        return page;
    form->set(QStringLiteral("email"), email);
    form->set(QStringLiteral("password"), password);
    return submit(*form);
}

AuthorizeOutcome TestBrowser::authorize(const QUrlQuery &params, const QString &email, const QString &password,
                                        const QString &consentAction)
{
    QUrl authorizeUrl = url(QStringLiteral("authorize"));
    authorizeUrl.setQuery(params);
    AuthorizeOutcome outcome;
    outcome.last = get(authorizeUrl);
    if (outcome.last.status == 200) {
        outcome.last = logInIfAsked(outcome.last, email, password);
        auto consent = parseForm(outcome.last.text(), m_issuer);
        if (outcome.last.status == 200 && consent && consent->action.path().endsWith(QLatin1String("/u/consent"))) {
            consent->set(QStringLiteral("action"), consentAction);
            outcome.last = submit(*consent);
        }
    }
    if (outcome.last.status == 302)
        outcome.callback = QUrlQuery(outcome.last.location);
    return outcome;
}

HttpResult TestBrowser::activate(const QString &userCode, const QString &email, const QString &password,
                                 const QString &action)
{
    const HttpResult page = get(url(QStringLiteral("activate")));
    auto form = parseForm(page.text(), m_issuer);
    if (!form)
        return page;
    form->set(QStringLiteral("user_code"), userCode);
    HttpResult next = logInIfAsked(submit(*form), email, password);
    auto confirm = parseForm(next.text(), m_issuer);
    if (!confirm || !confirm->action.path().endsWith(QLatin1String("/u/consent")))
        return next;
    confirm->set(QStringLiteral("action"), action);
    return submit(*confirm);
}

Pkce Pkce::generate()
{
    QByteArray random(32, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(QRandomGenerator::global()->bounded(256));
    const auto encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray verifier = random.toBase64(encoding);
    return Pkce{QString::fromLatin1(verifier),
                QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(encoding))};
}

} // namespace orglens::test
