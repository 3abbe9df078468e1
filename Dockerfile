# Relais server image: `relais serve` on port 8080, state under /data (or PostgreSQL via RELAIS_DATABASE).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Relais.Cli -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV RELAIS_URLS=http://0.0.0.0:8080 \
    RELAIS_DATA_DIR=/data
RUN mkdir -p /data && chown app:app /data
USER app
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["./relais"]
CMD ["serve"]
