# syntax=docker/dockerfile:1
# StoryBot: build with the .NET 10 SDK, run on the Debian-based runtime image (not Alpine: the bundled native
# SQLite library has no musl build). The database lives on the /data volume; the token comes only from the
# environment (Discord__Token), never from a file in the image.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files only, so the layer is cached until a project or package changes.
COPY .editorconfig Directory.Build.props Directory.Packages.props nuget.config ./
COPY src/StoryBot/StoryBot.csproj src/StoryBot/
COPY src/StoryBot.Corpus/StoryBot.Corpus.csproj src/StoryBot.Corpus/
COPY src/StoryBot.Data/StoryBot.Data.csproj src/StoryBot.Data/
COPY src/StoryBot.Discord/StoryBot.Discord.csproj src/StoryBot.Discord/
# The target architecture's runtime identifier (linux-x64 / linux-arm64): the publish is ReadyToRun (StoryBot.csproj).
ARG TARGETARCH
RUN dotnet restore src/StoryBot/StoryBot.csproj -a $TARGETARCH

COPY appsettings.json ./
COPY src/ src/
RUN dotnet publish src/StoryBot/StoryBot.csproj --configuration Release -a $TARGETARCH --self-contained false --no-restore --output /app /p:UseAppHost=false

# The ASP.NET Core runtime: the optional /healthz and /metrics listener runs on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

COPY --from=build /app ./
COPY seeds/ ./seeds/

# The runtime image ships a non-root "app" user (UID 1654); /data is its writable volume for the database.
RUN mkdir -p /data && chown app:app /data
USER app
VOLUME ["/data"]

ENV DOTNET_ENVIRONMENT=Production \
    ConnectionStrings__Stories="Data Source=/data/storybot.db" \
    Stories__SeedPath=/app/seeds \
    Stories__ImportOnStart=true \
    Observability__Url=http://0.0.0.0:9464

EXPOSE 9464
# /healthz: 200 when every shard of this process is READY and heart-beating and the store answers, else 503.
# bash's /dev/tcp: the runtime image has no curl or wget.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9464 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]

# No token here: docker run -e Discord__Token=... (without a token the console shell starts; use -it for it).
ENTRYPOINT ["dotnet", "StoryBot.dll"]
