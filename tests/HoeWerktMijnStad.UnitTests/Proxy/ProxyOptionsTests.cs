using HoeWerktMijnStad.Web.Infrastructure.Proxy;

namespace HoeWerktMijnStad.UnitTests.Proxy;

public sealed class ProxyOptionsTests
{
    private static List<string> Errors(string networks, string proxies) =>
        new ProxyOptionsValidation().Validate(null, new ProxyOptions { KnownNetworks = networks, KnownProxies = proxies }).Failures?.ToList() ?? [];

    [Theory]
    [InlineData("", "")]
    [InlineData("127.0.0.0/8;10.0.0.0/8", "")]
    [InlineData(" 172.28.0.0/24 , fd00::/8 ", "10.1.2.3;::1")]
    public void Networks_and_addresses_separated_by_semicolons_or_commas_are_accepted(string networks, string proxies) =>
        Assert.Empty(Errors(networks, proxies));

    [Theory]
    [InlineData("10.0.0.0/8 172.16.0.0/12", "", "Proxy__KnownNetworks")]
    [InlineData("10.0.0.0/33", "", "Proxy__KnownNetworks")]
    [InlineData("", "10.1.2.3/32", "Proxy__KnownProxies")]
    [InlineData("", "proxy.internal", "Proxy__KnownProxies")]
    public void A_value_that_does_not_parse_is_named_with_its_environment_variable(string networks, string proxies, string variable) =>
        Assert.Contains(variable, Assert.Single(Errors(networks, proxies)), StringComparison.Ordinal);
}
