using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Festival.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OnlineEntryBasketsAndLateWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LateSurchargeCents",
                table: "Seasons",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LateWindowClosesAt",
                table: "Seasons",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedByUserId",
                table: "Entries",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SurchargeCents",
                table: "Entries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "BasketItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SeasonId = table.Column<int>(type: "int", nullable: false),
                    ClassId = table.Column<int>(type: "int", nullable: false),
                    PersonIds = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ParticipantKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TeacherId = table.Column<int>(type: "int", nullable: true),
                    AccompanistId = table.Column<int>(type: "int", nullable: true),
                    Comments = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BasketItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BasketItems_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BasketItems_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BasketItems_Seasons_SeasonId",
                        column: x => x.SeasonId,
                        principalTable: "Seasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BasketPieces",
                columns: table => new
                {
                    BasketItemId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Composer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DurationSeconds = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BasketPieces", x => new { x.BasketItemId, x.Position });
                    table.ForeignKey(
                        name: "FK_BasketPieces_BasketItems_BasketItemId",
                        column: x => x.BasketItemId,
                        principalTable: "BasketItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_SubmittedByUserId_SeasonId",
                table: "Entries",
                columns: new[] { "SubmittedByUserId", "SeasonId" });

            migrationBuilder.CreateIndex(
                name: "IX_BasketItems_ClassId",
                table: "BasketItems",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_BasketItems_SeasonId",
                table: "BasketItems",
                column: "SeasonId");

            migrationBuilder.CreateIndex(
                name: "IX_BasketItems_UserId_SeasonId_ClassId_ParticipantKey",
                table: "BasketItems",
                columns: new[] { "UserId", "SeasonId", "ClassId", "ParticipantKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BasketPieces");

            migrationBuilder.DropTable(
                name: "BasketItems");

            migrationBuilder.DropIndex(
                name: "IX_Entries_SubmittedByUserId_SeasonId",
                table: "Entries");

            migrationBuilder.DropColumn(
                name: "LateSurchargeCents",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "LateWindowClosesAt",
                table: "Seasons");

            migrationBuilder.DropColumn(
                name: "SubmittedByUserId",
                table: "Entries");

            migrationBuilder.DropColumn(
                name: "SurchargeCents",
                table: "Entries");
        }
    }
}
