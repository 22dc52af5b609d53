// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;
using Insider.LiveActivity.Orders;
using Microsoft.Extensions.DependencyInjection.Extensions;

// An order-tracking backend: dispatching an order starts a Live Activity on the customer's iPhone, status changes
// update it, delivery ends it. Set Insider__LiveActivity__ApiKey (the host refuses to start without a key).
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddInsiderLiveActivity(builder.Configuration.GetSection("Insider:LiveActivity"));
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton<OrderActivities>();
builder.Services.AddProblemDetails();

// Request bodies spell statuses as the app does ("in_transit"): the enum's [JsonStringEnumMemberName] names, never numbers.
// A body that does not bind (say, "inTransit") is a 400 in every environment, never a 500 from the developer exception path.
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = false);
builder.Services.AddExceptionHandler<LiveActivityProblemHandler>();

var app = builder.Build();
app.UseExceptionHandler();
app.MapOrders();
app.Run();

/// <summary>The entry point, public so that <c>WebApplicationFactory&lt;Program&gt;</c> can host the app in tests.</summary>
public partial class Program;
