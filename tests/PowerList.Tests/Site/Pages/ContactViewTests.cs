using PowerList.Model;
using PowerList.Site.Pages;

namespace PowerList.Tests.Site.Pages;

public class ContactViewTests
{
    private static readonly SiteInfo Site = new()
    {
        SupervisionPhone = "0990-12345",
        ComplaintPhone = "12345",
        Address = "市政府大楼",
        Feedback = "mailto:qzqd@example.gov.cn?subject=权责清单问题 {code}",
    };

    [Fact]
    public void Mail_template_carries_the_code_percent_encoded()
    {
        ContactView.FeedbackHref(Site.Feedback, "650200-FGW-CF-0001")
            .ShouldBe("mailto:qzqd@example.gov.cn?subject=%E6%9D%83%E8%B4%A3%E6%B8%85%E5%8D%95%E9%97%AE%E9%A2%98%20650200-FGW-CF-0001");
    }

    [Fact]
    public void Url_template_carries_the_code()
    {
        ContactView.FeedbackHref("https://example.gov.cn/fk?item={code}&from=qzqd", "650200-FGW-CF-0001")
            .ShouldBe("https://example.gov.cn/fk?item=650200-FGW-CF-0001&from=qzqd");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.gov.cn/{code}")]
    [InlineData("mailto:nobody")]
    [InlineData("")]
    public void Invalid_feedback_makes_no_link(string template)
    {
        ContactView.FeedbackHref(template, "X1").ShouldBe("");
    }

    [Fact]
    public void Department_channels_come_first_and_fall_back_to_the_site()
    {
        var department = new Department { Name = "某局", Phone = "0990-1", SupervisionPhone = "0990-7777777", Website = "javascript:alert(1)", Feedback = "https://ju.example.gov.cn/fk/{code}" };
        var view = ContactView.For(Site, department, "A1");
        view.SupervisionPhone.ShouldBe("0990-7777777");
        view.SupervisionPhoneHref.ShouldBe("tel:0990-7777777");
        view.ComplaintPhone.ShouldBe("12345");
        view.Address.ShouldBe("市政府大楼");
        view.Website.ShouldBe("");
        view.ReportHref.ShouldBe("https://ju.example.gov.cn/fk/A1");

        var fallback = ContactView.For(Site, new Department { Name = "另一局" }, "B2");
        fallback.SupervisionPhone.ShouldBe("0990-12345");
        fallback.ReportHref.ShouldStartWith("mailto:qzqd@example.gov.cn?subject=");
        fallback.ReportHref.ShouldEndWith("%20B2");
    }

    [Fact]
    public void A_site_without_channels_offers_none()
    {
        ContactView.For(new SiteInfo(), null, "C3").Any.ShouldBeFalse();
    }
}
